/**
 * 한국어 `findings` 네임스페이스 (구조와 키는 en.ts와 똑같습니다). 비유 용어: 마을(VPC), 동네(서브넷),
 * 톨게이트(인터넷 게이트웨이), 갈래길·표지판(라우터·라우팅 테이블), 검문소(네트워크 ACL),
 * 집 앞 개(보안 그룹), 집(인스턴스), 우체국(NAT 게이트웨이), 전용 도로(피어링), 고속도로(인터넷),
 * 나라(리전), 구역(가용 영역), 기록 보관소(데이터베이스), 안내 데스크(로드 밸런서).
 * 조사가 값에 따라 바뀌므로, {{값}} 뒤에는 명사나 '에/의/에서/행/쪽으로'를 붙이고, 어쩔 수 없을 때만 '이(가)', '을(를)'처럼 씁니다.
 */
import type { FindingTexts } from './en.ts';

export const findingsKo: FindingTexts = {
  'CIDR-001': {
    title: 'VPC 블록 크기',
    'no-blocks': {
      message: 'VPC {{resource}}에 IPv4 CIDR 블록이 없습니다. 모든 VPC에는 /16에서 /28 사이의 기본 블록이 필요합니다.',
      analogy: '{{resource}} 마을에는 번지 범위가 없어서, 어떤 집도 주소를 받을 수 없습니다.',
    },
    invalid: {
      message: 'VPC {{resource}}: "{{cidr}}" 값은 IPv4 CIDR 블록(예: 10.0.0.0/16)이 아닙니다.',
      analogy: '{{resource}} 마을의 주소 범위로 "{{cidr}}" 값을 받았지만, 이것은 주소 범위가 아닙니다.',
    },
    'prefix-out-of-range': {
      message: 'VPC {{resource}}: {{cidr}} 블록의 크기는 /{{prefix}}입니다. VPC 블록은 /16에서 /28 사이여야 합니다.',
      analogy:
        '{{resource}} 마을의 주소 범위 {{cidr}} 크기가 맞지 않습니다. 마을의 주소 범위는 /16(65,536개)에서 /28(16개) 사이여야 합니다.',
    },
  },
  'CIDR-002': {
    title: 'VPC 블록 겹침',
    overlap: {
      message: 'VPC {{resource}}: {{cidr}} 블록이 같은 VPC의 {{other}} 블록과 겹칩니다.',
      analogy:
        '{{resource}} 마을이 {{cidr}} 주소를 두 번 나눠 주고 있습니다. 이미 {{other}} 범위에 들어 있는 주소입니다.',
    },
  },
  'CIDR-003': {
    title: '사용할 수 없는 VPC 블록',
    'link-local': {
      message: 'VPC {{resource}}: {{cidr}} 블록은 169.254.0.0/16(링크 로컬) 안에 있어 AWS가 VPC에 할당할 수 없습니다.',
      analogy:
        '{{resource}} 마을이 {{cidr}} 주소를 쓰려 하지만, 169.254.x.x는 바로 옆집과 이야기할 때만 쓰는 번호라 어느 마을도 가질 수 없습니다.',
    },
    'restricted-secondary': {
      message:
        'VPC {{resource}}: 기본 블록이 {{primary}}인 VPC에는 보조 블록 {{cidr}}을(를) 연결할 수 없습니다(AWS의 블록 연결 제한).',
      analogy:
        '{{resource}} 마을은 첫 주소 범위가 {{primary}}라서, {{cidr}} 범위까지 넓힐 수 없습니다. AWS가 그런 확장을 허용하지 않습니다.',
    },
  },
  'CIDR-004': {
    title: 'VPC 블록 선택',
    'not-rfc1918': {
      message: 'VPC {{resource}}: {{cidr}} 블록은 사설 RFC 1918 범위(10/8, 172.16/12, 192.168/16)가 아닙니다.',
      analogy:
        '{{resource}} 마을이 쓰는 {{cidr}} 주소는 고속도로 바깥에도 실제로 있는 주소입니다. 사설 마을은 보통 10.x, 172.16~31.x, 192.168.x를 씁니다.',
    },
    'docker-overlap': {
      message:
        'VPC {{resource}}: {{cidr}} 블록이 Docker와 일부 AWS 서비스가 쓰는 172.17.0.0/16과 겹칩니다. 컨테이너에서 이 주소에 닿지 못할 수 있습니다.',
      analogy:
        '{{resource}} 마을이 쓰는 {{cidr}} 주소는 Docker가 자기 마당에 붙이는 번호(172.17.x.x)와 같아서, 컨테이너가 진짜 집을 못 찾을 수 있습니다.',
    },
    'too-many-blocks': {
      message:
        'VPC {{resource}}에 IPv4 블록이 {{count}}개 있습니다. 기본 할당량은 {{quota}}개입니다(요청하면 최대 50개까지 늘릴 수 있습니다).',
      analogy:
        '{{resource}} 마을의 주소 범위가 {{count}}개입니다. AWS에 따로 요청하지 않으면 마을 하나에 {{quota}}개까지만 쓸 수 있습니다(최대 50개).',
    },
  },
  'SUB-001': {
    title: '서브넷 블록 크기',
    invalid: {
      message: '서브넷 {{resource}}: "{{cidr}}" 값은 IPv4 CIDR 블록(예: 10.0.1.0/24)이 아닙니다.',
      analogy: '{{resource}} 동네의 주소로 "{{cidr}}" 값을 받았지만, 이것은 주소 범위가 아닙니다.',
    },
    'prefix-out-of-range': {
      message: '서브넷 {{resource}}: {{cidr}} 블록의 크기는 /{{prefix}}입니다. 서브넷은 /16에서 /28 사이여야 합니다.',
      analogy:
        '{{resource}} 동네({{cidr}})의 크기가 맞지 않습니다. 동네 하나는 /16(65,536개)에서 /28(16개) 사이의 주소를 가집니다.',
    },
  },
  'SUB-002': {
    title: 'VPC 밖의 서브넷',
    'no-vpc': {
      message: '서브넷 {{resource}}이(가) VPC 안에 있지 않습니다. VPC의 가용 영역 안에 두세요.',
      analogy: '{{resource}} 동네가 어느 마을에도 속해 있지 않습니다. 마을의 한 구역 안에 두세요.',
    },
    'outside-vpc': {
      message: '서브넷 {{resource}}: {{cidr}} 블록이 VPC {{vpc}}의 블록({{vpcBlocks}}) 밖에 있습니다.',
      analogy:
        '{{resource}} 동네가 쓰는 {{cidr}} 주소는 {{vpc}} 마을의 것이 아닙니다(마을의 주소 범위는 {{vpcBlocks}}).',
    },
    'spans-blocks': {
      message:
        '서브넷 {{resource}}: {{cidr}} 블록이 VPC {{vpc}}의 블록({{vpcBlocks}})에 일부만 들어갑니다. 서브넷은 블록 하나 안에 들어가야 합니다.',
      analogy:
        '{{resource}} 동네({{cidr}})가 {{vpc}} 마을의 주소 범위 {{vpcBlocks}} 밖으로 삐져나와 있습니다. 동네는 한 범위 안에 온전히 있어야 합니다.',
    },
  },
  'SUB-003': {
    title: '서브넷 겹침',
    overlap: {
      message: '서브넷 {{resource}}({{cidr}})이(가) 서브넷 {{other}}({{otherCidr}})와(과) 겹칩니다.',
      analogy:
        '{{resource}} 동네와 {{other}} 동네가 같은 번지({{cidr}}, {{otherCidr}})를 쓰고 있어서, 갈래길에서 차를 어디로 보낼지 알 수 없습니다.',
    },
  },
  'SUB-004': {
    title: '프라이빗 IP 주소',
    'invalid-ip': {
      message: '{{resource}}: 프라이빗 IP "{{ip}}" 값은 IPv4 주소가 아닙니다.',
      analogy: '{{resource}} 집 문패에 적힌 "{{ip}}" 값은 번지가 아닙니다.',
    },
    'outside-subnet': {
      message: '{{resource}}: 프라이빗 IP {{ip}} 주소가 서브넷 {{subnet}}({{cidr}}) 밖에 있습니다.',
      analogy: '{{resource}} 집의 주소는 {{ip}}인데, 집이 있는 {{subnet}} 동네의 주소 범위는 {{cidr}}입니다.',
    },
    reserved: {
      message:
        '{{resource}}: 프라이빗 IP {{ip}} 주소는 {{cidr}} 안에서 AWS가 예약한 주소입니다(처음 네 개와 마지막 한 개). {{first}}부터 {{last}}까지 중에서 쓰세요.',
      analogy:
        '{{resource}} 집이 고른 {{ip}} 번지는 {{subnet}} 동네가 마을 시설용으로 남겨 둔 번호입니다. {{first}}부터 {{last}}까지 중에서 고르세요.',
    },
    duplicate: {
      message: '{{resource}}: 프라이빗 IP {{ip}} 주소를 이미 {{other}}에서 쓰고 있습니다.',
      analogy:
        '{{resource}} 집과 {{other}} 집의 문패에 똑같이 {{ip}} 번지가 적혀 있어서, 우편물이 엉뚱한 집으로 갈 수 있습니다.',
    },
    'over-capacity': {
      message:
        '서브넷 {{resource}}({{cidr}})에 네트워크 인터페이스가 {{count}}개 있지만, 쓸 수 있는 주소는 {{usable}}개뿐입니다(AWS가 5개를 예약합니다).',
      analogy:
        '{{resource}} 동네에는 집이 {{count}}채인데, 나눠 줄 수 있는 번지는 {{usable}}개뿐입니다({{cidr}}에서 마을 시설용 5개를 뺀 수).',
    },
  },
  'TOP-001': {
    title: '서브넷의 가용 영역',
    'no-az': {
      message:
        '서브넷 {{resource}}이(가) 가용 영역 안에 있지 않습니다. 모든 서브넷은 정확히 하나의 가용 영역에 있습니다.',
      analogy:
        '{{resource}} 동네가 어느 구역에도 속해 있지 않습니다. 동네는 반드시 한 구역(데이터 센터)에 있어야 합니다.',
    },
    'wrong-region': {
      message: '서브넷 {{resource}}의 영역 {{zone}}은(는) 리전 {{region}}의 가용 영역이 아닙니다.',
      analogy: '{{resource}} 동네가 있는 {{zone}} 구역은 마을이 속한 나라 {{region}}의 구역이 아닙니다.',
    },
  },
  'TOP-002': {
    title: '다른 VPC와의 연결',
    'route-table-subnet': {
      message:
        '라우팅 테이블 {{resource}}({{vpc}} 소속)이(가) {{otherVpc}}에 있는 서브넷 {{subnet}}에 연결되어 있습니다.',
      analogy: '{{vpc}} 마을의 표지판 {{resource}}이(가) 다른 마을 {{otherVpc}}의 {{subnet}} 동네에 세워져 있습니다.',
    },
    'nacl-subnet': {
      message:
        '네트워크 ACL {{resource}}({{vpc}} 소속)이(가) {{otherVpc}}에 있는 서브넷 {{subnet}}에 연결되어 있습니다.',
      analogy: '{{vpc}} 마을의 검문소 {{resource}}이(가) 다른 마을 {{otherVpc}}의 {{subnet}} 동네를 지키고 있습니다.',
    },
    'sg-attachment': {
      message:
        '{{resource}}({{vpc}} 소속)에 {{otherVpc}}의 보안 그룹 {{sg}}이(가) 붙어 있습니다. 보안 그룹은 같은 VPC의 리소스에만 붙일 수 있습니다.',
      analogy:
        '{{vpc}} 마을의 {{resource}} 집이 다른 마을 {{otherVpc}}에서 {{sg}} 개를 빌려 왔습니다. 개는 자기 마을의 집만 지킵니다.',
    },
    'subnet-group': {
      message:
        '{{resource}}({{vpc}} 소속)의 서브넷 목록에 {{otherVpc}}의 서브넷 {{subnet}}이(가) 들어 있습니다. 모든 서브넷은 한 VPC에 있어야 합니다.',
      analogy:
        '{{vpc}} 마을의 {{resource}}이(가) 다른 마을 {{otherVpc}}의 {{subnet}} 동네를 자기 동네로 치고 있습니다. 동네는 모두 한 마을에 있어야 합니다.',
    },
    'route-target-eni': {
      message:
        '라우팅 테이블 {{resource}}: {{destination}} 경로의 대상이 {{otherVpc}}에 있는 인스턴스 {{target}}입니다.',
      analogy: '{{resource}} 표지판이 {{destination}}행 차를 다른 마을 {{otherVpc}}의 {{target}} 집으로 보냅니다.',
    },
  },
  'TOP-003': {
    title: '서브넷마다 라우팅 테이블 하나, 네트워크 ACL 하나',
    'multiple-route-tables': {
      message:
        '서브넷 {{resource}}에 라우팅 테이블 {{count}}개({{tables}})가 연결되어 있습니다. AWS는 하나만 허용하며, {{used}} 테이블이 사용됩니다.',
      analogy:
        '{{resource}} 동네의 갈래길에 표지판 {{count}}세트({{tables}})가 서 있습니다. 하나만 설 수 있으므로 {{used}} 표지판을 따릅니다.',
    },
    'multiple-nacls': {
      message:
        '서브넷 {{resource}}에 네트워크 ACL {{count}}개({{nacls}})가 연결되어 있습니다. AWS는 하나만 허용하며, {{used}} ACL이 사용됩니다.',
      analogy:
        '{{resource}} 동네 입구에 검문소가 {{count}}개({{nacls}}) 있습니다. 하나만 설 수 있으므로 {{used}} 검문소가 차를 검사합니다.',
    },
  },
  'RT-001': {
    title: '로컬 경로와 기본 라우팅 테이블',
    'missing-local': {
      message:
        '라우팅 테이블 {{resource}}에 {{vpc}}의 블록 {{cidr}}에 대한 로컬 경로가 없습니다. AWS는 이 경로를 항상 유지합니다.',
      analogy:
        '{{resource}} 표지판에 마을 안 주소 범위 {{cidr}}에 대한 표지가 없습니다. {{vpc}} 마을에서는 이 표지가 늘 서 있고 뗄 수도 없습니다.',
    },
    'no-main': {
      message:
        'VPC {{resource}}에 기본 라우팅 테이블이 없습니다. 명시적으로 연결되지 않은 서브넷에는 경로가 전혀 없습니다.',
      analogy: '{{resource}} 마을에는 기본 표지판이 없어서, 자기 표지판이 없는 동네에는 표지가 하나도 없습니다.',
    },
    'multiple-main': {
      message:
        'VPC {{resource}}에 기본 라우팅 테이블이 {{count}}개({{tables}}) 있습니다. VPC에는 정확히 하나만 있어야 합니다.',
      analogy:
        '{{resource}} 마을에 기본 표지판이 {{count}}세트({{tables}}) 있습니다. 마을에는 딱 한 세트만 있어야 합니다.',
    },
  },
  'RT-002': {
    title: '중복 경로',
    'duplicate-destination': {
      message:
        '라우팅 테이블 {{resource}}에 {{destination}}행 경로가 두 개 있습니다(대상 {{otherTarget}}, {{target}}).',
      analogy:
        '{{resource}} 표지판에 {{destination}}행 표지가 두 개 있습니다. 하나는 {{otherTarget}} 쪽, 하나는 {{target}} 쪽을 가리켜서 차가 둘 다 따를 수는 없습니다.',
    },
  },
  'RT-003': {
    title: '경로 대상 주소',
    'invalid-destination': {
      message: '라우팅 테이블 {{resource}}: 대상 "{{destination}}" 값은 IPv4 CIDR 블록이 아닙니다.',
      analogy: '{{resource}} 표지판의 표지에 적힌 "{{destination}}" 값은 주소 범위가 아닙니다.',
    },
    'reserved-destination': {
      message:
        '라우팅 테이블 {{resource}}: {{destination}} 범위는 AWS가 예약한 169.254.168.0/22 안에 있어 경로 대상이 될 수 없습니다.',
      analogy:
        '{{resource}} 표지판이 가리키는 {{destination}} 주소는 AWS가 자기 시설용으로 남겨 둔 곳이라, 어떤 표지도 그곳을 가리킬 수 없습니다.',
    },
    'local-not-vpc-block': {
      message: '라우팅 테이블 {{resource}}: {{destination}} 로컬 경로가 VPC {{vpc}}의 어떤 블록과도 맞지 않습니다.',
      analogy:
        '{{resource}} 표지판의 “마을 안” 표지가 {{destination}} 범위를 가리키지만, 그곳은 {{vpc}} 마을의 주소 범위가 아닙니다.',
    },
    'not-subnet-cidr': {
      message:
        '라우팅 테이블 {{resource}}: {{destination}} 경로는 로컬 경로 {{local}}보다 구체적이지만 어느 서브넷의 CIDR과도 같지 않습니다.',
      analogy:
        '{{resource}} 표지판이 마을({{local}}) 안의 {{destination}} 범위를 따로 가리키지만, 그것은 온전한 동네가 아닙니다. 마을 안을 가리키는 표지는 동네 하나를 통째로 가리켜야 합니다.',
    },
    'bad-target': {
      message:
        '라우팅 테이블 {{resource}}: {{destination}} 경로는 로컬 경로보다 구체적이므로 NAT 게이트웨이나 네트워크 인터페이스를 대상으로 해야 합니다. {{target}}({{targetKind}})은(는) 대상이 될 수 없습니다.',
      analogy:
        '{{resource}} 표지판이 {{destination}} 동네로 가는 차를 {{target}}({{targetKind}}) 쪽으로 보냅니다. 마을 안에서는 우체국(NAT 게이트웨이)이나 집만 가리킬 수 있습니다.',
    },
  },
  'RT-004': {
    title: '블랙홀 경로',
    'missing-target': {
      message:
        '라우팅 테이블 {{resource}}: {{destination}} 경로의 대상 "{{target}}"이(가) 존재하지 않습니다. 블랙홀 경로입니다.',
      analogy:
        '{{resource}} 표지판이 {{destination}}행 차를 있지도 않은 곳 “{{target}}” 쪽으로 보냅니다. 차가 사라집니다.',
    },
    'invalid-target': {
      message:
        '라우팅 테이블 {{resource}}: {{destination}} 경로의 대상 {{target}}은(는) {{targetKind}}입니다. 경로 대상은 인터넷 게이트웨이, NAT 게이트웨이, 인스턴스, 피어링 연결 중 하나여야 합니다.',
      analogy:
        '{{resource}} 표지판이 {{destination}}행 차를 {{target}}({{targetKind}}) 쪽으로 보내지만, 그곳으로 가는 길은 없습니다. 표지판은 톨게이트, 우체국, 집, 전용 도로만 가리킵니다.',
    },
    'foreign-igw': {
      message:
        '라우팅 테이블 {{resource}}: {{destination}} 경로의 대상 {{target}}은(는) VPC {{vpc}}에 연결된 인터넷 게이트웨이가 아닙니다. 블랙홀 경로입니다.',
      analogy:
        '{{resource}} 표지판이 {{destination}}행 차를 {{target}} 톨게이트로 보내지만, 그것은 {{vpc}} 마을의 톨게이트가 아닙니다. 차가 사라집니다.',
    },
    'foreign-pcx': {
      message:
        '라우팅 테이블 {{resource}}: {{destination}} 경로의 대상 {{target}}은(는) VPC {{vpc}}에서 다른 VPC로 이어지는 피어링 연결이 아닙니다. 블랙홀 경로입니다.',
      analogy:
        '{{resource}} 표지판이 {{destination}}행 차를 {{target}} 전용 도로로 보내지만, 그 도로는 {{vpc}} 마을에서 시작하지 않습니다. 차가 사라집니다.',
    },
  },
  'RT-005': {
    title: '라우팅 테이블 연결',
    'main-routes-to-igw': {
      message:
        '기본 라우팅 테이블 {{resource}}이(가) {{destination}} 경로를 인터넷 게이트웨이 {{igw}} 쪽으로 보냅니다. 자기 테이블이 없는 서브넷은 모두 퍼블릭이 됩니다.',
      analogy:
        '마을의 기본 표지판 {{resource}}이(가) {{igw}} 톨게이트를 가리키고 있어서, 새 동네는 자기 표지판을 갖기 전까지 모두 고속도로로 열려 있습니다.',
    },
    'implicit-association': {
      message: '서브넷 {{resource}}에 명시적으로 연결된 라우팅 테이블이 없어 기본 테이블 {{main}}을(를) 씁니다.',
      analogy: '{{resource}} 동네에는 자기 표지판이 없어서 마을의 기본 표지판 {{main}}을(를) 따릅니다.',
    },
  },
  'IGW-001': {
    title: 'VPC당 인터넷 게이트웨이 하나',
    'multiple-igws': {
      message:
        'VPC {{resource}}에 인터넷 게이트웨이가 {{count}}개({{igws}}) 연결되어 있습니다. VPC에는 하나만 연결할 수 있습니다.',
      analogy:
        '{{resource}} 마을에 톨게이트가 {{count}}개({{igws}}) 있습니다. 마을에는 톨게이트가 하나뿐이어야 합니다.',
    },
  },
  'IGW-002': {
    title: '인터넷 경로 없는 공인 주소',
    'instance-public-ip': {
      message:
        '{{resource}}에 공인 IP({{publicIp}})가 있지만, 서브넷 {{subnet}}에 VPC의 인터넷 게이트웨이로 가는 경로가 없어 이 주소로는 닿을 수 없습니다.',
      analogy:
        '{{resource}} 집에는 공인 주소가 있지만, {{subnet}} 동네에 톨게이트를 가리키는 표지판이 없어서 고속도로에서 아무도 찾아올 수 없습니다.',
    },
    'auto-assign-private-subnet': {
      message:
        '서브넷 {{resource}}은(는) 공인 IP를 자동으로 할당하지만, 인터넷 게이트웨이로 가는 경로가 없어 그 주소로는 닿을 수 없습니다.',
      analogy:
        '{{resource}} 동네는 새 집마다 공인 주소를 붙여 주지만, 톨게이트를 가리키는 표지판이 없어서 그 주소로는 아무 데도 갈 수 없습니다.',
    },
  },
  'NAT-001': {
    title: 'NAT 게이트웨이의 탄력적 IP',
    'public-without-eip': {
      message:
        '퍼블릭 NAT 게이트웨이 {{resource}}에 탄력적 IP가 없습니다. 퍼블릭 NAT 게이트웨이가 인터넷에 나가려면 탄력적 IP가 필요합니다.',
      analogy: '{{resource}} 우체국에 고정 주소가 없어서, 고속도로로 보내는 편지에 적을 반송 주소가 없습니다.',
    },
    'private-with-eip': {
      message:
        '프라이빗 NAT 게이트웨이 {{resource}}에 탄력적 IP {{eip}} 주소가 있습니다. 프라이빗 NAT 게이트웨이는 탄력적 IP를 가질 수 없습니다.',
      analogy:
        '{{resource}} 우체국은 마을 안 우편만 다루는데 공인 고정 주소 {{eip}}까지 받았습니다. 이 우체국은 그 주소를 쓸 수 없습니다.',
    },
  },
  'NAT-002': {
    title: '퍼블릭 NAT 게이트웨이 위치',
    'vpc-without-igw': {
      message:
        '퍼블릭 NAT 게이트웨이 {{resource}}: VPC {{vpc}}에 인터넷 게이트웨이가 없어 NAT 게이트웨이가 인터넷에 나갈 수 없습니다.',
      analogy: '{{resource}} 우체국이 고속도로로 편지를 보내려 하지만, {{vpc}} 마을에는 톨게이트가 없습니다.',
    },
    'no-route-table': {
      message:
        '퍼블릭 NAT 게이트웨이 {{resource}}이(가) 있는 서브넷 {{subnet}}에 라우팅 테이블이 없어(VPC에 기본 라우팅 테이블이 없음) 인터넷 게이트웨이로 가는 경로가 없습니다.',
      analogy:
        '{{resource}} 우체국이 있는 {{subnet}} 동네에는 표지판이 하나도 없어서, 편지가 고속도로에 닿지 못합니다.',
    },
    'no-default-route': {
      message:
        '퍼블릭 NAT 게이트웨이 {{resource}}이(가) 있는 서브넷 {{subnet}}의 라우팅 테이블 {{table}}에 0.0.0.0/0 경로가 없습니다. VPC의 인터넷 게이트웨이로 가는 경로가 필요합니다. NAT 게이트웨이를 퍼블릭 서브넷에 두세요.',
      analogy:
        '{{resource}} 우체국이 있는 {{subnet}} 동네의 표지판 {{table}}에는 고속도로로 가는 표지가 없어서, 편지가 마을을 떠나지 못합니다. 톨게이트 쪽 동네로 옮기세요.',
    },
    'no-igw-route': {
      message:
        '퍼블릭 NAT 게이트웨이 {{resource}}이(가) 있는 서브넷 {{subnet}}의 0.0.0.0/0 경로(테이블 {{table}})가 VPC의 인터넷 게이트웨이가 아닌 {{target}} 쪽으로 갑니다. NAT 게이트웨이를 퍼블릭 서브넷에 두세요.',
      analogy:
        '{{resource}} 우체국이 있는 {{subnet}} 동네의 표지판 {{table}}이(가) 톨게이트를 가리키지 않아서, 편지가 고속도로에 닿지 못합니다. 톨게이트 쪽 동네로 옮기세요.',
    },
  },
  'NAT-003': {
    title: '다른 VPC의 NAT 게이트웨이',
    'foreign-nat': {
      message:
        '라우팅 테이블 {{resource}}이(가) {{destination}} 경로를 {{natVpc}}에 있는 NAT 게이트웨이 {{nat}} 쪽으로 보냅니다. NAT 게이트웨이는 자기 VPC만 지원하므로 이 경로는 블랙홀입니다.',
      analogy:
        '{{resource}} 표지판이 {{destination}}행 차를 다른 마을 {{natVpc}}의 {{nat}} 우체국으로 보냅니다. 우체국은 자기 마을만 돌보므로 차가 사라집니다.',
    },
  },
  'NAT-004': {
    title: '다른 가용 영역의 NAT 게이트웨이',
    'cross-az': {
      message:
        '서브넷 {{resource}}({{zone}})의 트래픽이 {{natZone}}에 있는 NAT 게이트웨이 {{nat}}을(를) 거칩니다. {{natZone}} 영역에 장애가 나면 이 서브넷은 인터넷에 나갈 수 없습니다. 가용 영역마다 NAT 게이트웨이를 두세요.',
      analogy:
        '{{zone}} 구역의 {{resource}} 동네가 {{natZone}} 구역의 {{nat}} 우체국에서 편지를 부칩니다. 그 구역이 물에 잠기면 동네도 고립됩니다. 구역마다 우체국을 두세요.',
    },
  },
  'NAT-005': {
    title: '인터넷으로 향하는 프라이빗 NAT 게이트웨이',
    'private-nat-igw-route': {
      message:
        '프라이빗 NAT 게이트웨이 {{resource}}이(가) 있는 서브넷 {{subnet}}이(가) 0.0.0.0/0 경로를 {{igw}} 쪽으로 보냅니다. 인터넷 게이트웨이는 프라이빗 NAT 게이트웨이의 트래픽을 버립니다.',
      analogy:
        '{{resource}} 우체국에는 공인 반송 주소가 없는데, {{subnet}} 동네의 표지판이 편지를 {{igw}} 톨게이트로 보냅니다. 톨게이트는 그 편지를 돌려보냅니다.',
    },
  },
  'EIP-001': {
    title: '두 번 쓰인 탄력적 IP',
    duplicate: {
      message:
        '{{resource}}이(가) 쓰는 탄력적 IP {{ip}}을(를) {{others}}도 씁니다. 탄력적 IP는 한 번에 한 리소스에만 연결됩니다. 리소스마다 다른 주소를 주세요.',
      analogy:
        '{{resource}}의 문에 붙은 공인 주소 {{ip}}이(가) {{others}}의 문에도 붙어 있습니다. 고속도로에서 온 차는 그중 한 곳에만 갈 수 있습니다.',
    },
  },
  'NACL-001': {
    title: '네트워크 ACL 규칙 번호',
    'number-out-of-range': {
      message: '네트워크 ACL {{resource}}: {{direction}} 규칙 번호 {{number}}이(가) 1~32766 범위를 벗어났습니다.',
      analogy:
        '{{resource}} 검문소의 {{direction}} 규칙 번호가 {{number}}인데, 검문소 규칙집은 1쪽부터 32766쪽까지만 있습니다.',
    },
    'duplicate-number': {
      message:
        '네트워크 ACL {{resource}}: {{direction}} 규칙 두 개의 번호가 모두 {{number}}입니다. 규칙 번호는 방향마다 달라야 합니다.',
      analogy:
        '{{resource}} 검문소 규칙집의 {{number}}쪽에 {{direction}} 규칙이 두 개 적혀 있어서, 검문원이 어느 것을 읽어야 할지 모릅니다.',
    },
  },
  'NACL-002': {
    title: '가려진 네트워크 ACL 규칙',
    shadowed: {
      message:
        '네트워크 ACL {{resource}}: {{direction}} 규칙 {{number}}번은 적용되지 않습니다. 번호가 더 낮은 규칙({{by}})이 같은 트래픽을 반대로 먼저 결정합니다.',
      analogy:
        '{{resource}} 검문소의 {{direction}} 규칙 {{number}}번은 읽히지 않습니다. 검문원은 먼저 나오는 규칙({{by}})에서 멈추는데, 그 규칙이 반대로 판단합니다.',
    },
    redundant: {
      message:
        '네트워크 ACL {{resource}}: {{direction}} 규칙 {{number}}번은 불필요합니다. 번호가 더 낮은 규칙({{by}})이 같은 트래픽을 이미 같은 방식으로 결정합니다.',
      analogy:
        '{{resource}} 검문소의 {{direction}} 규칙 {{number}}번은 읽히지 않습니다. 먼저 나오는 규칙({{by}})이 이미 같은 말을 합니다.',
    },
  },
  'NACL-003': {
    title: '돌아오는 트래픽 규칙 누락',
    'missing-return': {
      message:
        '네트워크 ACL {{resource}}: {{direction}} 규칙 {{number}}번에 대응하는 {{returnDirection}} 허용 규칙({{cidr}}, {{protocol}} 1024-65535)이 없어 응답이 버려집니다(네트워크 ACL은 상태를 기억하지 않습니다).',
      analogy:
        '{{resource}} 검문소는 규칙 {{number}}번의 차는 들여보내지만 답장은 돌려보냅니다. {{cidr}} 쪽으로 포트 1024-65535를 허용하는 {{returnDirection}} 규칙이 없고, 검문소는 아무것도 기억하지 않기 때문입니다.',
    },
  },
  'NACL-004': {
    title: '인터넷에 열린 네트워크 ACL',
    'admin-port-open': {
      message: '네트워크 ACL {{resource}}: 인바운드 규칙 {{number}}번이 인터넷 전체에 {{port}}번 포트를 열어 줍니다.',
      analogy:
        '{{resource}} 검문소가 고속도로에서 온 어떤 차든 뒷문({{port}}번 포트)까지 들여보냅니다(규칙 {{number}}번).',
    },
    'all-protocols': {
      message: '네트워크 ACL {{resource}}: 인바운드 규칙 {{number}}번이 인터넷 전체의 모든 트래픽을 들여보냅니다.',
      analogy:
        '{{resource}} 검문소가 고속도로에서 온 차를 모두 그냥 통과시킵니다(규칙 {{number}}번). 아무것도 검사하지 않습니다.',
    },
  },
  'NACL-005': {
    title: '네트워크 ACL 관리',
    'all-ports-open': {
      message: '네트워크 ACL {{resource}}: 인바운드 규칙 {{number}}번이 인터넷 전체에 모든 {{protocol}} 포트를 엽니다.',
      analogy: '{{resource}} 검문소가 고속도로에서 온 {{protocol}} 차를 모든 문까지 들여보냅니다(규칙 {{number}}번).',
    },
    'no-allow-rules': {
      message: '네트워크 ACL {{resource}}에 허용 규칙이 없어, 이 ACL을 쓰는 서브넷의 모든 트래픽이 차단됩니다.',
      analogy:
        '{{resource}} 검문소에는 통과시켜 주는 규칙이 하나도 없어서, 이 검문소가 지키는 동네는 완전히 막혀 있습니다.',
    },
    unassociated: {
      message: '네트워크 ACL {{resource}}이(가) 어떤 서브넷에도 연결되어 있지 않아 아무 효과가 없습니다.',
      analogy: '{{resource}} 검문소는 어느 동네 입구에도 서 있지 않아서 아무도 검사하지 않습니다.',
    },
  },
  'SG-001': {
    title: '인터넷에 열린 보안 그룹',
    'admin-port-open': {
      message: '보안 그룹 {{resource}}이(가) 인터넷 전체({{cidr}})에서 오는 {{port}}번 포트 접속을 허용합니다.',
      analogy: '{{resource}} 개가 고속도로({{cidr}})에서 온 누구든 뒷문({{port}}번 포트)까지 다가오게 둡니다.',
    },
    'all-protocols': {
      message: '보안 그룹 {{resource}}이(가) {{cidr}}에서 오는 모든 트래픽을 허용합니다.',
      analogy: '{{resource}} 개가 {{cidr}}에서 온 누구든 어느 문으로나 들여보냅니다. 집을 지키지 않는 셈입니다.',
    },
  },
  'SG-002': {
    title: '기본 보안 그룹',
    'has-rules': {
      message:
        '기본 보안 그룹 {{resource}}에 규칙이 {{count}}개 있습니다. 모든 트래픽을 막도록 규칙을 지우고, 직접 만든 보안 그룹을 쓰세요.',
      analogy:
        '마을의 기본 개 {{resource}}이(가) 규칙을 {{count}}개 배웠습니다. 기본 개는 아무도 들여보내지 말아야 하고, 집마다 자기 개를 두어야 합니다.',
    },
    'in-use': {
      message:
        '기본 보안 그룹 {{resource}}이(가) {{members}}에 붙어 있습니다. 용도에 맞게 만든 보안 그룹을 대신 붙이세요.',
      analogy:
        '마을의 기본 개 {{resource}}이(가) 집 {{count}}채({{members}})를 지키고 있습니다. 그 집들에는 제 역할에 맞게 훈련된 개를 두세요.',
    },
  },
  'SG-003': {
    title: '보안 그룹 참조',
    missing: {
      message: '보안 그룹 {{resource}}: {{direction}} 규칙이 참조하는 {{ref}}은(는) 설계에 없는 보안 그룹입니다.',
      analogy: '{{resource}} 개의 {{direction}} 규칙은 {{ref}} 개의 친구들에 관한 것인데, 그런 개는 없습니다.',
    },
    'not-peered': {
      message:
        '보안 그룹 {{resource}}({{vpc}}): {{direction}} 규칙이 {{otherVpc}}의 {{ref}}을(를) 참조하지만, 두 VPC는 피어링되어 있지 않습니다.',
      analogy:
        '{{vpc}} 마을의 {{resource}} 개가 {{otherVpc}} 마을 {{ref}} 개의 집들을 믿지만, 두 마을 사이에는 전용 도로가 없습니다.',
    },
    'cross-region-peer': {
      message:
        '보안 그룹 {{resource}}이(가) 다른 리전 {{otherRegion}}(이 그룹의 리전은 {{region}})의 피어링된 VPC에 있는 {{ref}}을(를) 참조합니다. 보안 그룹 참조는 같은 리전 안의 피어링에서만 됩니다.',
      analogy:
        '{{region}} 나라의 {{resource}} 개가 {{otherRegion}} 나라 {{ref}} 개의 집들을 믿습니다. 개는 한 나라 안의 전용 도로 건너편 집만 알아볼 수 있습니다.',
    },
  },
  'PL-001': {
    title: '없는 접두사 목록',
    'missing-in-route': {
      message:
        '라우팅 테이블 {{resource}}: 접두사 목록 {{prefixList}}(→ {{target}})(으)로 가는 경로가 설계에 없는 목록을 가리켜, 어떤 주소를 다루는지 알 수 없습니다.',
      analogy:
        '{{resource}}의 이정표 하나가 주소 목록 {{prefixList}}을(를) 가리키지만 그 목록이 마을 지도 어디에도 없어서, 어떤 차를 {{target}}(으)로 보내는지 아무도 모릅니다.',
    },
    'missing-in-rule': {
      message:
        '보안 그룹 {{resource}}: {{direction}} 규칙이 설계에 없는 접두사 목록 {{prefixList}}을(를) 가리켜, 어떤 주소를 허용하는지 알 수 없습니다.',
      analogy:
        '{{resource}} 개에게 주소 목록 {{prefixList}}에 관한 {{direction}} 규칙이 있지만, 그 목록은 마을 지도 어디에도 없습니다.',
    },
  },
  'SG-004': {
    title: '보안 그룹이 너무 많음',
    'too-many-sgs': {
      message:
        '{{resource}}에 보안 그룹이 {{count}}개 있습니다. 기본 할당량은 네트워크 인터페이스당 {{quota}}개입니다.',
      analogy:
        '{{resource}} 집 문 앞에 개가 {{count}}마리 있습니다. AWS가 한도를 올려 주지 않으면 문 하나에 {{quota}}마리까지만 둘 수 있습니다.',
    },
  },
  'SG-005': {
    title: '연결되지 않은 보안 그룹',
    unattached: {
      message: '보안 그룹 {{resource}}이(가) 어떤 리소스에도 붙어 있지 않습니다.',
      analogy: '{{resource}} 개가 지키는 집이 없습니다.',
    },
  },
  'SG-006': {
    title: '보안 그룹 설명',
    'no-description': {
      message: '보안 그룹 {{resource}}에 설명이 없습니다. 무엇을 위한 그룹인지 적어 두세요.',
      analogy: '{{resource}} 개에 이름표가 없습니다. 어느 집을 왜 지키는지 적어 두세요.',
    },
  },
  'SG-007': {
    title: '기본 아웃바운드 규칙',
    'default-egress': {
      message:
        '보안 그룹 {{groups}}이(가) 0.0.0.0/0으로 나가는 모든 트래픽을 허용합니다. 모든 보안 그룹에 AWS가 기본으로 두는 규칙입니다. 일부 목적지에만 가야 하는 그룹이라면 좁히세요.',
      analogy:
        '{{groups}} 개는 집 안 사람이 어느 길로든 어디로든 나가게 둡니다. 모든 개가 처음에는 그렇게 배웁니다. 몇 곳에만 가야 하는 집이라면 개를 다시 가르치세요.',
    },
  },
  'PEER-001': {
    title: '피어링된 VPC의 주소 겹침',
    overlap: {
      message:
        '피어링 {{resource}}: {{vpc}}의 블록 {{cidr}}이(가) {{otherVpc}}의 블록 {{otherCidr}}와(과) 겹칩니다. 블록이 겹치는 VPC는 피어링할 수 없습니다.',
      analogy:
        '{{resource}} 전용 도로로 {{vpc}} 마을과 {{otherVpc}} 마을을 이을 수 없습니다. 두 마을이 같은 번지({{cidr}}, {{otherCidr}})를 써서 차가 어느 마을로 가는지 알 수 없습니다.',
    },
    'same-vpc': {
      message: '피어링 {{resource}}의 양쪽 끝이 모두 {{vpc}}입니다. 피어링 연결은 서로 다른 두 VPC를 잇습니다.',
      analogy:
        '{{resource}} 전용 도로가 같은 마을 {{vpc}}에서 시작해 그 마을에서 끝납니다. 전용 도로는 두 마을을 잇는 길입니다.',
    },
  },
  'PEER-002': {
    title: '중복 피어링',
    duplicate: {
      message:
        '피어링 {{resource}}이(가) {{other}}와(과) 중복됩니다. {{vpc}}와(과) {{otherVpc}} 사이에는 이미 피어링이 있습니다.',
      analogy:
        '{{vpc}} 마을과 {{otherVpc}} 마을 사이에는 이미 {{other}} 전용 도로가 있습니다. 두 번째 도로 {{resource}}은(는) 둘 수 없습니다.',
    },
  },
  'PEER-003': {
    title: '피어링 경로의 대상 주소',
    'outside-peer': {
      message:
        '라우팅 테이블 {{resource}}이(가) {{destination}} 경로를 {{pcx}} 쪽으로 보내지만, {{peer}}의 블록은 {{peerBlocks}}뿐입니다. 피어링은 상대 VPC 자신의 주소로만 트래픽을 나릅니다(전이 라우팅, 엣지 간 라우팅 불가).',
      analogy:
        '{{resource}} 표지판이 {{destination}}행 차를 {{pcx}} 전용 도로로 보내지만, {{peer}} 마을의 주소는 {{peerBlocks}}뿐입니다. 전용 도로로는 그 마을을 지나 더 멀리 갈 수 없습니다.',
    },
    'broader-than-peer': {
      message:
        '라우팅 테이블 {{resource}}이(가) {{destination}} 경로를 {{pcx}} 쪽으로 보내는데, 이 범위는 {{peer}}의 블록({{peerBlocks}})보다 넓습니다. 상대 VPC의 블록만 경로로 지정하세요.',
      analogy:
        '{{resource}} 표지판이 {{destination}} 전체를 {{pcx}} 전용 도로로 보내지만, {{peer}} 마을의 주소는 {{peerBlocks}}뿐입니다. 표지가 그 마을만 가리키게 하세요.',
    },
  },
  'PEER-004': {
    title: '한쪽에만 있는 피어링 경로',
    'one-sided': {
      message:
        '피어링 {{resource}}: {{vpc}}에는 {{missing}} 쪽으로 가는 경로가 있지만, {{missing}}에는 이 피어링을 통해 돌아오는 경로가 없어 응답이 돌아올 수 없습니다.',
      analogy:
        '{{vpc}} 마을에는 {{resource}} 전용 도로를 가리키는 표지판이 있지만, {{missing}} 마을에는 되돌아가는 표지판이 없습니다. 차는 도착해도 답장은 집에 돌아오지 못합니다.',
    },
  },
  'TGW-001': {
    title: '전송 게이트웨이 연결의 가용 영역',
    'missing-zone': {
      message:
        '전송 게이트웨이 연결 {{resource}}에 워크로드 {{count}}개가 있는 {{zone}}의 서브넷이 없어, 그 워크로드는 전송 게이트웨이 {{tgw}}에 닿을 수 없습니다. 그 가용 영역의 서브넷을 연결에 추가하세요.',
      message_one:
        '전송 게이트웨이 연결 {{resource}}에 워크로드가 있는 {{zone}}의 서브넷이 없어, 그 워크로드는 전송 게이트웨이 {{tgw}}에 닿을 수 없습니다. 그 가용 영역의 서브넷을 연결에 추가하세요.',
      analogy:
        '이 마을에서 {{tgw}} 버스 터미널로 가는 길에 {{zone}} 구역 정류장이 없어, 그 구역의 집들은 버스를 탈 수 없습니다.',
    },
    'two-in-zone': {
      message:
        '전송 게이트웨이 연결 {{resource}}에 {{zone}}의 서브넷이 두 개({{other}}, {{subnet}}) 있습니다. 연결은 가용 영역마다 서브넷 하나만 씁니다.',
      analogy: '버스 터미널 가는 길에는 구역마다 정류장이 하나뿐인데, {{zone}} 구역에 두 개가 있습니다.',
    },
  },
  'TGW-002': {
    title: '전송 게이트웨이를 통해 돌아오는 경로 없음',
    'no-vpc-route-back': {
      message:
        '라우팅 테이블 {{resource}}이(가) {{destination}}을(를) 전송 게이트웨이 {{tgw}}(으)로 보내지만, {{otherVpc}}에는 {{tgw}}을(를) 통해 돌아오는 경로가 없어 응답이 돌아올 수 없습니다.',
      analogy:
        '{{resource}} 표지판은 {{destination}}(으)로 가는 차를 {{tgw}} 버스 터미널로 보내지만, {{otherVpc}} 마을에는 터미널로 돌아가는 표지판이 없어 답장이 집에 오지 못합니다.',
    },
    'no-tgw-route-back': {
      message:
        '라우팅 테이블 {{resource}}이(가) {{destination}}을(를) 전송 게이트웨이 {{tgw}}(으)로 보내지만, {{otherVpc}} 연결의 라우팅 테이블({{tgwTable}})에 이 VPC로 돌아오는 경로가 없어 응답이 버려집니다.',
      analogy:
        '차는 {{tgw}} 버스 터미널을 거쳐 {{otherVpc}} 마을에 닿지만, 답장이 보는 출발 안내판 {{tgwTable}}에 돌아가는 노선이 없어 터미널에 갇힙니다.',
    },
  },
  'TGW-003': {
    title: '전송 게이트웨이 라우팅 테이블 하나에 겹치는 블록',
    overlap: {
      message:
        '전송 게이트웨이 라우팅 테이블 {{resource}}: {{attachment}}이(가) 전파하는 {{cidr}}이(가) {{other}}의 {{otherCidr}}와(과) 겹칩니다. 전송 게이트웨이는 주소가 겹치는 VPC 사이를 라우팅할 수 없습니다.',
      analogy:
        '출발 안내판 {{resource}}에 있는 두 마을이 같은 주소({{cidr}}, {{otherCidr}})를 쓰고 있어, 터미널은 어느 버스를 보내야 할지 알 수 없습니다.',
    },
  },
  'TGW-004': {
    title: '블랙홀이 가리는 전송 게이트웨이 경로',
    'hides-route': {
      message:
        '전송 게이트웨이 라우팅 테이블 {{resource}}: 블랙홀 경로 {{destination}}이(가) 그 트래픽을 전달할 경로 {{hidden}} → {{target}}을(를) 가립니다.',
      analogy:
        '출발 안내판 {{resource}}에서 운행 중지 노선 {{destination}}이(가) 열려 있는 노선 {{hidden}}의 일부를 덮어, 그 차들이 돌아섭니다.',
    },
  },
  'VPN-001': {
    title: '경로 없는 VPN',
    'no-routes': {
      message:
        '{{gateway}}의 VPN 연결 {{resource}}(으)로 들어가는 경로가 없습니다. 경로를 전파하는 라우팅 테이블도, 정적 경로도 없어 어떤 트래픽도 이 VPN을 지나지 않습니다.',
      analogy: '전용 터널 {{resource}}은(는) 뚫려 있지만 그리로 가는 표지판이 없어 어떤 차도 지나가지 않습니다.',
    },
  },
  'BP-001': {
    title: '단일 가용 영역',
    'single-az': {
      message:
        'VPC {{resource}}의 모든 워크로드가 가용 영역 하나({{zone}})에 있습니다. 그 가용 영역에 장애가 나면 모두 멈춥니다.',
      analogy:
        '{{resource}} 마을의 집이 모두 {{zone}} 구역에 있습니다. 그곳에 홍수가 한 번 나면 마을 전체가 정전됩니다. 다른 구역에도 집을 지으세요.',
    },
  },
  'BP-002': {
    title: '흐름 로그',
    'no-flow-logs': {
      message: 'VPC {{resource}}에 흐름 로그가 없어 드나드는 트래픽이 기록되지 않습니다.',
      analogy: '{{resource}} 마을에는 통행 기록부가 없어서, 어떤 차가 오가는지 아무도 적지 않습니다.',
    },
  },
  'BP-003': {
    title: '로드 밸런서 서브넷',
    'single-az': {
      message:
        '로드 밸런서 {{resource}}의 서브넷이 가용 영역 {{count}}개({{zones}})에만 있습니다. Application Load Balancer에는 최소 두 가용 영역의 서브넷이 필요합니다.',
      message_zero:
        '로드 밸런서 {{resource}}의 서브넷이 어느 가용 영역에도 없습니다. Application Load Balancer에는 최소 두 가용 영역의 서브넷이 필요합니다.',
      analogy:
        '{{resource}} 안내 데스크가 {{count}}개 구역({{zones}})에만 있습니다. 적어도 두 구역에 창구가 있어야 합니다.',
      analogy_zero: '{{resource}} 안내 데스크가 어느 구역에도 없습니다. 적어도 두 구역에 창구가 있어야 합니다.',
    },
    'internet-facing-private': {
      message:
        '인터넷 연결 로드 밸런서 {{resource}}이(가) 프라이빗 서브넷({{subnets}})에 있어(인터넷 게이트웨이 경로 없음) 클라이언트가 그곳으로 접속할 수 없습니다.',
      analogy:
        '{{resource}} 안내 데스크는 고속도로에서 오는 손님을 맞아야 하는데, 톨게이트 표지판이 없는 동네({{subnets}})에 있습니다.',
    },
  },
  'BP-004': {
    title: '데이터베이스 배치',
    'subnet-group-single-az': {
      message:
        '데이터베이스 {{resource}}: DB 서브넷 그룹이 가용 영역 {{count}}개({{zones}})만 포함합니다. RDS에는 최소 두 가용 영역의 서브넷이 필요합니다.',
      message_zero:
        '데이터베이스 {{resource}}: DB 서브넷 그룹에 가용 영역이 하나도 없습니다. RDS에는 최소 두 가용 영역의 서브넷이 필요합니다.',
      analogy:
        '{{resource}} 기록 보관소를 둘 수 있는 구역이 {{count}}개({{zones}})뿐입니다. RDS는 다른 구역에 예비 자리를 원합니다.',
      analogy_zero: '{{resource}} 기록 보관소를 둘 수 있는 구역이 없습니다. RDS는 적어도 두 구역에 자리를 원합니다.',
    },
    'publicly-accessible': {
      message:
        '데이터베이스 {{resource}}이(가) 퍼블릭 액세스가 가능합니다. 데이터베이스는 프라이빗으로 두고 VPC 안에서 접속하세요.',
      analogy:
        '{{resource}} 기록 보관소에 공인 주소가 있습니다. 기록 보관소는 마을 집들만 찾아올 수 있는 조용한 동네에 두세요.',
    },
  },
  'REACH-003': {
    title: '인터넷에서 닿는 데이터',
    'rds-internet-reachable': {
      message: '데이터베이스 {{resource}}에 인터넷에서 tcp {{port}}번 포트로 접속할 수 있습니다(예: {{from}}에서).',
      analogy:
        '고속도로의 차({{from}})가 톨게이트와 검문소, 개를 지나 {{resource}} 기록 보관소의 {{port}}번 문 앞까지 올 수 있습니다.',
    },
    'data-port-internet-reachable': {
      message: '{{resource}}에 인터넷에서 데이터 포트 tcp {{port}}번으로 접속할 수 있습니다(예: {{from}}에서).',
      analogy: '고속도로의 차({{from}})가 {{resource}} 집의 데이터 문({{port}}번 포트) 앞까지 올 수 있습니다.',
    },
  },
  'VPCE-001': {
    title: '라우트 없는 게이트웨이 엔드포인트',
    'no-route-tables': {
      message:
        '게이트웨이 엔드포인트 {{resource}}({{service}})가 어떤 라우팅 테이블과도 연결되어 있지 않아 이를 쓰는 트래픽이 없습니다.',
      analogy:
        '{{service}}로 가는 전용 출입문 {{resource}}을(를) 만들었지만, 마을의 어떤 표지판도 그곳을 가리키지 않아 쓰는 차가 없습니다.',
    },
    'missing-route': {
      message:
        '게이트웨이 엔드포인트 {{resource}}이(가) {{table}}과(와) 연결되어 있지만, 그 테이블에 이 엔드포인트를 통해 {{prefixList}}(으)로 가는 라우트가 없습니다.',
      analogy:
        '표지판 {{table}}이(가) {{prefixList}}로 가는 차를 전용 출입문 {{resource}}(으)로 보내야 하지만 그렇게 하지 않습니다.',
    },
  },
  'VPCE-002': {
    title: 'HTTPS를 막는 인터페이스 엔드포인트',
    'blocks-https': {
      message:
        '인터페이스 엔드포인트 {{resource}}: 보안 그룹({{securityGroups}})이 VPC({{vpcBlock}})에서 오는 HTTPS(tcp 443)를 허용하지 않아 이 엔드포인트로 서비스에 닿을 수 없습니다.',
      analogy:
        '서비스 창구 {{resource}}이(가) 동네에 열려 있지만, 그 집 앞 개가 마을({{vpcBlock}})의 어떤 차도 443번 문으로 오지 못하게 합니다.',
    },
  },
  'V6-001': {
    title: 'IPv6 인터넷 라우트가 있는 프라이빗 서브넷',
    'private-subnet-ipv6-igw': {
      message:
        '서브넷 {{resource}}은(는) IPv4로는 프라이빗이지만 ::/0을 인터넷 게이트웨이 {{igw}}({{table}})(으)로 보냅니다. 인스턴스({{instances}})가 IPv6로 인터넷에서 접근 가능합니다. 송신 전용 IPv6에는 송신 전용 인터넷 게이트웨이를 쓰세요.',
      analogy:
        '동네 {{resource}}은(는) 고속도로와 닫혀 있어야 하지만, IPv6 표지판이 톨게이트 {{igw}}를 가리켜 IPv6 차가 양방향으로 드나듭니다. 일방통행 출구는 나갔다 돌아오게만 하고 들어오게 하지는 않습니다.',
    },
  },
  'V6-002': {
    title: '잘못 쓰인 송신 전용 게이트웨이',
    'inbound-flow': {
      message:
        '인터넷에서 {{destination}}(으)로 가는 흐름 {{flow}}이(가) 통과하도록 그려졌지만, {{destination}}은(는) IPv6를 송신 전용 게이트웨이 {{resource}}(으)로 보내며 이 게이트웨이는 인터넷에서 오는 연결을 받지 않습니다.',
      analogy:
        '흐름 {{flow}}은(는) 고속도로의 차가 {{destination}}에 닿기를 기대하지만, 그 집의 IPv6 길은 일방통행 출구 {{resource}}를 지납니다. 그곳으로는 아무것도 들어오지 않습니다.',
    },
    'ipv4-route': {
      message:
        '라우팅 테이블 {{resource}}: 라우트 {{destination}} → {{eigw}}는 동작할 수 없습니다. 송신 전용 인터넷 게이트웨이는 IPv6 목적지만 받습니다.',
      analogy:
        '{{resource}}의 표지판 {{destination}}이(가) IPv4 차를 IPv6 차만 쓸 수 있는 일방통행 출구 {{eigw}}(으)로 보냅니다.',
    },
    'other-vpc': {
      message:
        '라우팅 테이블 {{resource}}: 라우트 {{destination}} → {{eigw}}가 다른 VPC의 송신 전용 인터넷 게이트웨이를 가리킵니다.',
      analogy: '{{resource}}의 표지판 {{destination}}이(가) 다른 마을의 일방통행 출구 {{eigw}}를 가리킵니다.',
    },
  },
  'V6-003': {
    title: 'VPC 밖의 서브넷 IPv6 블록',
    invalid: {
      message: '서브넷 {{resource}}: {{cidr}}은(는) IPv6 블록이 아닙니다.',
      analogy: '동네 {{resource}}의 IPv6 주소 범위({{cidr}})는 범위가 아닙니다.',
    },
    'no-vpc-block': {
      message: '서브넷 {{resource}}에 IPv6 블록 {{cidr}}이(가) 있지만 VPC {{vpc}}에는 IPv6 블록이 없습니다.',
      analogy: '동네 {{resource}}에 IPv6 주소 {{cidr}}이(가) 있지만, 마을 {{vpc}}에는 나눠 줄 IPv6 주소가 없습니다.',
    },
    'outside-vpc': {
      message: '서브넷 {{resource}}: IPv6 블록 {{cidr}}이(가) {{vpc}}의 IPv6 블록({{vpcBlocks}}) 안에 있지 않습니다.',
      analogy: '동네 {{resource}}이(가) 마을 범위({{vpcBlocks}}) 밖의 IPv6 주소 {{cidr}}을(를) 씁니다.',
    },
    'not-64': {
      message: '서브넷 {{resource}}: IPv6 블록 {{cidr}}이(가) /{{prefix}}입니다. 서브넷의 IPv6 블록은 /64입니다.',
      analogy: '동네 {{resource}}의 IPv6 범위가 /{{prefix}}입니다. 모든 동네는 정확히 /64를 받습니다.',
    },
  },
  'V6-004': {
    title: '겹치는 서브넷 IPv6 블록',
    overlap: {
      message: '서브넷 {{resource}}: IPv6 블록 {{cidr}}이(가) 서브넷 {{other}}의 {{otherCidr}}와(과) 겹칩니다.',
      analogy: '동네 {{resource}}와(과) {{other}}이(가) 같은 IPv6 주소({{cidr}}, {{otherCidr}})를 씁니다.',
    },
  },

  /** 의도(INTENT-<id>)의 발견 사항. 제목은 의도의 이름입니다. */
  intent: {
    'gets-through': {
      message: '의도 “{{intent}}” 위반: {{from}}에서 {{to}}(으)로 {{carried}}이(가) 통과합니다. 예: {{packet}}.',
      analogy:
        '{{from}}에서 온 차가 {{to}}까지 갈 수 있습니다({{packet}}). 표지판도 검문소도 개도 막지 않지만, “{{intent}}”은(는) 이런 일이 없어야 한다고 합니다.',
    },
    blocked: {
      message: '의도 “{{intent}}” 위반: {{from}}에서 {{to}}(으)로 {{carried}}이(가) 막힙니다. 예: {{packet}}.',
      analogy:
        '{{from}}에서 온 차가 {{to}}에 닿지 못합니다({{packet}}). 표지판, 검문소 또는 개가 막지만, “{{intent}}”은(는) 항상 통과해야 한다고 합니다.',
    },
    'not-through': {
      message:
        '의도 “{{intent}}” 위반: {{from}}에서 {{to}}(으)로 {{carried}}이(가) 필요한 경유지를 거치지 않고 통과합니다. 예: {{packet}}.',
      analogy: '{{from}}에서 온 차가 “{{intent}}”이(가) 꼭 들르라고 한 곳을 건너뛰고 {{to}}에 닿습니다({{packet}}).',
    },
    'not-known': {
      message:
        '의도 “{{intent}}”은(는) 알 수 없음: {{from}}에서 {{to}}(으)로 {{carried}}이(가) 통과하는지는 설계에 적히지 않은 것에 달려 있습니다.',
      analogy:
        '{{from}}에서 온 차가 {{to}}에 닿는지 아무도 모릅니다. 길 위의 표지판이나 문이 적혀 있지 않습니다(항목이 없는 접두사 목록, VPC Town이 모델링하지 않는 건물).',
    },
    missing: {
      message: '의도 “{{intent}}”은(는) 알 수 없음: 설계에 없는 {{missing}}을(를) 가리킵니다.',
      analogy: '“{{intent}}”은(는) {{missing}}을(를) 말하지만, 마을 지도에 그런 곳이 없습니다.',
    },
  },
  'LB-001': {
    title: '대상이 로드 밸런서를 허용',
    'target-blocks-lb': {
      message:
        '대상 그룹 {{resource}}: 대상 {{target}}의 보안 그룹({{groups}})이 로드 밸런서 {{lb}}의 {{port}}번 포트 트래픽을 허용하지 않습니다. 로드 밸런서의 보안 그룹이나 서브넷을 허용하세요.',
      analogy:
        '안내 데스크 {{lb}}가 당번표 {{resource}}에 따라 방문객을 {{target}} 집으로 보내지만, {{port}}번 문 앞의 개({{groups}})가 데스크를 몰라 돌려보냅니다.',
    },
    'target-blocks-clients': {
      message:
        '대상 그룹 {{resource}}: 네트워크 로드 밸런서 {{lb}}가 클라이언트 IP를 보존하므로 대상 {{target}}에는 인터넷 주소가 보이는데, 보안 그룹({{groups}})이 {{port}}번 포트에서 이를 허용하지 않습니다.',
      analogy:
        '안내 데스크 {{lb}}는 방문객이 자기 이름 그대로 {{target}} 집에 가게 하는데, {{port}}번 문 앞의 개({{groups}})는 고속도로에서 온 낯선 사람을 들이지 않습니다.',
    },
  },
  'LB-002': {
    title: '대상 없는 리스너',
    'no-target-group': {
      message:
        '로드 밸런서 {{resource}}: 리스너 {{listener}}이(가) 설계에 있는 대상 그룹으로 트래픽을 넘기지 않습니다.',
      analogy: '안내 데스크 {{resource}}의 {{listener}} 창구는 열려 있지만, 방문객을 보낼 집 당번표가 없습니다.',
    },
    'empty-target-group': {
      message:
        '로드 밸런서 {{resource}}: 리스너 {{listener}}이(가) 대상이 없는 대상 그룹 {{targetGroup}}(으)로 트래픽을 넘깁니다.',
      analogy:
        '안내 데스크 {{resource}}의 {{listener}} 창구는 방문객을 당번표 {{targetGroup}}에 넘기지만, 그 당번표에는 집이 하나도 없습니다.',
    },
  },
  'LB-003': {
    title: '로드 밸런서 영역 안의 대상',
    'target-outside-zones': {
      message:
        '대상 {{resource}}은(는) {{zone}}에 있는데 로드 밸런서 {{lb}}는 그 영역에 서브넷이 없어({{zones}}만 담당) 트래픽을 받지 못합니다.',
      analogy:
        '{{resource}} 집은 {{zone}} 구역에 있는데 안내 데스크 {{lb}}는 그 구역에 창구가 없습니다({{zones}}에만 있음). 그 집에는 방문객이 오지 않습니다.',
    },
    'zone-without-targets': {
      message:
        '네트워크 로드 밸런서 {{resource}}: 교차 영역 로드 밸런싱이 꺼져 있고 {{zone}}에 노드가 있는데, 대상 그룹 {{targetGroup}}(리스너 {{listener}})에는 그 영역의 대상이 없어 그 노드로 간 클라이언트는 응답을 받지 못합니다.',
      analogy:
        '안내 데스크 {{resource}}의 {{zone}} 구역 창구는 자기 구역의 집으로만 방문객을 보낼 수 있는데, 당번표 {{targetGroup}}에는 그 구역의 집이 없습니다.',
    },
  },
  'ENI-001': {
    title: '네트워크 인터페이스 영역',
    'other-zone': {
      message:
        '네트워크 인터페이스 {{resource}}은(는) {{zone}}에 있지만 인스턴스 {{instance}}은(는) {{instanceZone}}에 있습니다. AWS는 같은 가용 영역 안에서만 인터페이스를 연결합니다.',
      analogy:
        '또 하나의 현관문 {{resource}}은(는) {{zone}} 구역의 길로 나 있는데, {{instance}} 집은 {{instanceZone}} 구역에 있습니다. 문이 집에서 그렇게 멀 수는 없습니다.',
    },
  },
  'ENI-002': {
    title: '네트워크 인터페이스 보안 그룹',
    'foreign-group': {
      message: '네트워크 인터페이스 {{resource}}(VPC {{vpc}})에 VPC {{otherVpc}}의 보안 그룹 {{sg}}이(가) 있습니다.',
      analogy:
        '문 {{resource}}을(를) 지키는 개 {{sg}}은(는) 문이 있는 {{vpc}} 마을이 아니라 {{otherVpc}} 마을의 개입니다.',
    },
  },

  code: {
    TGW_ATTACH_VPC_AZ_RESTRICTION: {
      message: '전송 게이트웨이 연결 {{attachment}}이(가) {{at}}에서 이 트래픽을 실어 나를 수 없습니다.',
      analogy: '여기에는 버스 정류장이 없습니다. 차가 터미널 가는 길에 오를 수 없습니다.',
      zone: {
        message:
          '전송 게이트웨이 연결 {{attachment}}에는 {{zone}}의 서브넷이 없습니다. 그 가용 영역의 리소스는 전송 게이트웨이 {{tgw}}에 닿을 수 없습니다.',
        analogy:
          '{{vpc}} 마을에서 {{tgw}} 버스 터미널로 가는 길에는 {{zone}} 구역 정류장이 없습니다. 그곳의 차는 탈 수 없습니다.',
      },
      returnZone: {
        message:
          '{{zone}}에서 나가는 응답은 전송 게이트웨이 {{tgw}}에 닿을 수 없습니다. 연결 {{attachment}}에 그 가용 영역의 서브넷이 없습니다.',
        analogy:
          '답장은 {{zone}} 구역에서 출발하는데, 그곳에는 {{tgw}} 버스 터미널로 가는 정류장이 없어 {{address}}(으)로 돌아갈 수 없습니다.',
      },
      noSubnets: {
        message:
          '전송 게이트웨이 연결 {{attachment}}에 서브넷이 없어 전송 게이트웨이 {{tgw}}이(가) {{vpc}} 안으로 전달할 수 없습니다.',
        analogy: '{{tgw}} 버스 터미널에서 {{vpc}} 마을로 가는 길에는 정류장이 하나도 없어 차가 내릴 수 없습니다.',
      },
    },
    TGW_ATTACH_IPV6_NOT_SUPPORTED: {
      message: '전송 게이트웨이 연결 {{attachment}}은(는) IPv6 트래픽을 전달하지 않습니다.',
      analogy: '{{attachment}} 정류장은 IPv6 차를 태우지 않습니다.',
      disabled: {
        message:
          '{{vpc}}의 전송 게이트웨이 연결 {{attachment}}은(는) IPv6 지원이 꺼져 있습니다(AWS 기본값). 네트워크 인터페이스에 IPv6 주소가 없으므로 전송 게이트웨이 {{tgw}}은(는) 이 연결로 IPv6 트래픽({{address}})을 전달하지 않습니다.',
        analogy:
          '마을 {{vpc}}에 있는 버스 터미널 {{tgw}}의 정류장은 IPv4 차만 받습니다. {{address}}(으)로 가는 IPv6 차는 그곳에서 타거나 내릴 수 없습니다.',
      },
      subnet: {
        message:
          '전송 게이트웨이 연결 {{attachment}}: 서브넷 {{subnet}}에 IPv6 블록이 없어 그곳의 네트워크 인터페이스에 IPv6 주소가 없으므로 IPv6 트래픽({{address}})을 전달할 수 없습니다.',
        analogy:
          '동네 {{subnet}}의 정류장에는 IPv6 차선이 없습니다. {{address}}(으)로 가는 IPv6 차는 그곳에서 버스 터미널 {{tgw}}을(를) 이용할 수 없습니다.',
      },
    },
    TGW_ATTACH_MISSING_TGW_RTB_ASSOCIATION: {
      message:
        '전송 게이트웨이 연결 {{attachment}}이(가) 어떤 전송 게이트웨이 라우팅 테이블과도 연결되어 있지 않습니다.',
      analogy: '{{tgw}} 버스 터미널로 들어오는 길에 출발 안내판이 없습니다.',
      forward: {
        message:
          '{{vpc}}의 전송 게이트웨이 연결 {{attachment}}이(가) 어떤 전송 게이트웨이 라우팅 테이블과도 연결되어 있지 않아, {{tgw}}이(가) {{address}}(으)로 가는 트래픽을 라우팅할 수 없습니다.',
        analogy:
          '{{vpc}} 마을의 차가 {{tgw}} 버스 터미널에 도착했지만 그 길에는 출발 안내판이 없어 {{address}}(으)로 떠날 수 없습니다.',
      },
      return: {
        message:
          '전송 게이트웨이 연결 {{attachment}}이(가) 어떤 전송 게이트웨이 라우팅 테이블과도 연결되어 있지 않아 {{address}}(으)로 가는 응답을 라우팅할 수 없습니다.',
        analogy: '답장이 출발 안내판 없는 길로 {{tgw}} 버스 터미널에 도착해 {{address}}(으)로 떠날 수 없습니다.',
      },
    },
    TGW_RTB_CANNOT_ROUTE: {
      message: '전송 게이트웨이 라우팅 테이블 {{tgwTable}}이(가) {{address}}(으)로 가는 트래픽을 라우팅할 수 없습니다.',
      analogy: '출발 안내판 {{tgwTable}}에 {{address}}(으)로 가는 노선이 없습니다.',
      noRoute: {
        message:
          '전송 게이트웨이 라우팅 테이블 {{tgwTable}}({{attachment}}이(가) 사용)에 {{address}}(으)로 가는 경로가 없습니다. 그 주소를 담은 블록을 전파하는 연결도, 그 주소를 덮는 정적 경로도 없습니다.',
        analogy:
          '{{tgw}} 버스 터미널의 출발 안내판 {{tgwTable}}에 {{address}}(으)로 가는 노선이 없어 차가 더 갈 수 없습니다.',
      },
      noRouteBack: {
        message:
          '전송 게이트웨이 라우팅 테이블 {{tgwTable}}({{attachment}}이(가) 사용)에 {{address}}(으)로 돌아가는 경로가 없습니다.',
        analogy: '출발 안내판 {{tgwTable}}에 {{address}}(으)로 돌아가는 노선이 없어 답장이 터미널에 갇힙니다.',
      },
      wrongBack: {
        message:
          '전송 게이트웨이 라우팅 테이블 {{tgwTable}}이(가) {{address}}(으)로 가는 응답을 {{expected}}(으)로 돌려보내지 않고 경로 {{destination}} → {{target}}(으)로 보냅니다.',
        analogy:
          '출발 안내판 {{tgwTable}}이(가) {{address}}(으)로 가는 답장을 {{expected}}이(가) 아니라 {{target}} 쪽으로 보냅니다.',
      },
    },
    TGW_RTB_BAD_STATE_ROUTE: {
      message:
        '전송 게이트웨이 라우팅 테이블 {{tgwTable}}: 경로 {{destination}} → {{target}}이(가) {{address}}와(과) 일치하지만 트래픽을 버립니다(블랙홀).',
      analogy: '출발 안내판 {{tgwTable}}에 {{address}}(으)로 가는 노선이 운행 중지로 표시되어 차가 더 가지 못합니다.',
      blackhole: {
        message:
          '전송 게이트웨이 라우팅 테이블 {{tgwTable}}: 경로 {{destination}} → {{target}}이(가) {{vpc}}에서 온 {{address}}와(과) 일치하지만 트래픽을 버립니다(블랙홀).',
        analogy:
          '{{tgw}} 버스 터미널의 출발 안내판 {{tgwTable}}에 {{address}}(으)로 가는 노선이 운행 중지로 표시되어 {{vpc}} 마을의 차가 더 가지 못합니다.',
      },
      back: {
        message:
          '전송 게이트웨이 라우팅 테이블 {{tgwTable}}: {{address}}(으)로 가는 응답이 {{expected}}(으)로 돌아가지 않고 블랙홀 경로 {{destination}} → {{target}}와(과) 일치합니다.',
        analogy: '출발 안내판 {{tgwTable}}에서 {{address}}(으)로 돌아가는 노선이 운행 중지라 답장이 터미널에 갇힙니다.',
      },
    },
    TGW_RTB_MORE_SPECIFIC_ROUTE: {
      message:
        '전송 게이트웨이 라우팅 테이블 {{tgwTable}}: 블랙홀 경로 {{destination}}이(가) {{address}}을(를) 전달할 경로 {{alternative}}보다 더 구체적이어서 트래픽이 버려집니다.',
      analogy:
        '출발 안내판 {{tgwTable}}에서 {{destination}} 운행 중지 노선이 열려 있는 노선 {{alternative}}을(를) 가려 {{address}}(으)로 가는 차가 돌아섭니다.',
    },
    TGW_RTB_HIGHER_PRIORITY_ROUTE: {
      message:
        '전송 게이트웨이 라우팅 테이블 {{tgwTable}}: 같은 목적지에 대해 정적 블랙홀 경로 {{destination}}이(가) 경로 {{alternative}}보다 우선하므로 {{address}}이(가) 버려집니다.',
      analogy:
        '출발 안내판 {{tgwTable}}에 {{destination}}이(가) 두 번 적혀 있고, 운행 중지 항목이 열린 항목({{alternative}})보다 앞서서 {{address}}(으)로 가는 차가 돌아섭니다.',
    },
    EIGW_INBOUND_RESTRICTION: {
      message:
        '{{vpc}}의 송신 전용 인터넷 게이트웨이 {{eigw}}는 인터넷에서 시작된 연결을 받아들이지 않습니다. {{destination}}은(는) IPv6 연결을 밖으로 시작하고 그 응답을 받을 수만 있습니다.',
      analogy:
        '{{eigw}}는 일방통행 출구입니다. {{destination}}의 차는 나갔다가 돌아올 수 있지만, 고속도로의 차는 이곳으로 들어올 수 없습니다.',
    },
    ELBV2_LISTENER_HAS_NO_TG: {
      message: '로드 밸런서 {{at}}: 리스너에 트래픽을 넘길 대상 그룹이 없습니다.',
      analogy: '안내 데스크 {{at}}의 창구는 열려 있지만 방문객을 보낼 집 당번표가 없습니다.',
      noGroup: {
        message: '로드 밸런서 {{at}}: 리스너 {{listener}}이(가) 어떤 대상 그룹으로도 트래픽을 넘기지 않습니다.',
        analogy: '안내 데스크 {{at}}의 {{listener}} 창구는 열려 있지만 방문객을 보낼 집 당번표가 없습니다.',
      },
      emptyGroup: {
        message:
          '로드 밸런서 {{at}}: 리스너 {{listener}}이(가) 대상이 없는 대상 그룹 {{targetGroup}}(으)로 트래픽을 넘깁니다.',
        analogy:
          '안내 데스크 {{at}}의 {{listener}} 창구는 방문객을 당번표 {{targetGroup}}에 넘기지만, 그 당번표에는 집이 없습니다.',
      },
    },
    ELB_INSTALLED_AZ_RESTRICTION: {
      message:
        '로드 밸런서 {{at}}은(는) 대상 {{target}}이(가) 있는 {{zone}}에 서브넷이 없어({{zones}}만 담당) 그 대상은 트래픽을 받지 못합니다.',
      analogy: '안내 데스크 {{at}}는 {{target}} 집이 있는 {{zone}} 구역에 창구가 없고, {{zones}}에만 창구가 있습니다.',
    },
    TARGET_ADDRESS_RESTRICTION: {
      message: '대상 그룹 {{at}}: 대상 {{target}}은(는) 설계에 있는 인스턴스나 주소가 아닙니다.',
      analogy: '당번표 {{at}}에 {{target}}이(가) 적혀 있지만, 마을 지도에는 그런 집이 없습니다.',
    },
    NO_ROUTE_TO_DESTINATION: {
      message: '{{at}}에서 목적지로 가는 경로가 없습니다.',
      analogy: '{{at}}에는 길을 알려 주는 표지판이 없어 차가 더 갈 수 없습니다.',
      vgwNoVpn: {
        message: '가상 프라이빗 게이트웨이 {{vgw}}에 {{address}}을(를) 담은 네트워크로 가는 VPN 연결이 없습니다.',
        analogy: '터널 입구 {{vgw}}에는 {{address}} 주소가 있는 마을로 가는 터널이 없습니다.',
      },
      noIgw: {
        message: 'VPC {{vpc}}에 인터넷 게이트웨이가 없어 인터넷에서 아무것도 들어올 수 없습니다.',
        analogy: '{{vpc}} 마을에는 톨게이트가 없어서 고속도로의 차가 들어올 수 없습니다.',
      },
      notInSubnet: {
        message: '{{address}} 주소는 VPC {{vpc}} 안에 있지만 어느 서브넷에도 속하지 않습니다.',
        analogy: '{{address}} 번지는 {{vpc}} 마을의 주소이지만 어느 동네에도 없어서, 차가 찾아갈 집이 없습니다.',
      },
      noRoute: {
        message: '라우팅 테이블 {{table}}({{subnet}}에서 사용)에 {{address}}행 경로가 없습니다.',
        analogy: '{{subnet}} 동네 갈래길의 표지판 {{table}}에 {{address}}행 표지가 없어 차가 더 갈 수 없습니다.',
      },
      blackhole: {
        message: '라우팅 테이블 {{table}}: {{destination}} → {{target}} 경로가 {{address}}에 맞지만 블랙홀입니다.',
        analogy: '{{table}} 표지판의 {{address}}행 표지가 있지도 않은 {{target}} 쪽을 가리켜서 차가 사라집니다.',
      },
      noRouteBack: {
        message: '라우팅 테이블 {{table}}({{subnet}}에서 사용)에 {{address}} 쪽으로 돌아가는 경로가 없습니다.',
        analogy:
          '답장이 집으로 돌아갈 길을 찾지 못합니다. {{subnet}} 동네의 표지판 {{table}}에 {{address}}행 표지가 없습니다.',
      },
      wrongRouteBack: {
        message:
          '라우팅 테이블 {{table}}: {{address}}행 응답이 요청이 온 길({{expected}})이 아니라 {{destination}} → {{target}} 경로를 따릅니다.',
        analogy:
          '답장이 다른 길로 돌아갑니다. 표지판 {{table}}이(가) 차가 왔던 길({{expected}})이 아니라 {{target}} 쪽으로 보냅니다.',
      },
    },
    SUBNET_ACL_RESTRICTION: {
      message: '{{subnet}}의 네트워크 ACL {{acl}}이(가) 트래픽을 막습니다({{direction}}).',
      analogy: '{{subnet}} 동네의 검문소가 차를 돌려보냅니다.',
      forwardRule: {
        message:
          '{{subnet}}의 네트워크 ACL {{acl}}: {{direction}} 규칙 {{rule}}번이 {{traffic}}을(를) 거부합니다(상대 {{address}}).',
        analogy:
          '{{subnet}} 동네의 검문소가 차를 돌려보냅니다. {{direction}} 규칙 {{rule}}번이 {{traffic}} 통행을 거부합니다.',
      },
      forwardDefault: {
        message:
          '{{subnet}}의 네트워크 ACL {{acl}}: {{traffic}}을(를) 허용하는 {{direction}} 규칙이 없어 마지막 * 규칙이 거부합니다(상대 {{address}}).',
        analogy:
          '{{subnet}} 동네의 검문소가 차를 돌려보냅니다. {{traffic}} 통행을 허용하는 {{direction}} 규칙이 없고, 허용되지 않은 것은 모두 거부됩니다.',
      },
      returnRule: {
        message:
          '{{subnet}}의 네트워크 ACL {{acl}}: {{direction}} 규칙 {{rule}}번이 응답 포트 {{ports}} 중 {{failed}}을(를) 거부합니다(상대 {{address}}).',
        analogy:
          '{{subnet}} 동네의 검문소가 답장을 돌려보냅니다. {{direction}} 규칙 {{rule}}번이 포트 {{failed}}을(를) 막고, 검문소는 나갔던 차를 기억하지 못합니다.',
      },
      returnUnported: {
        message:
          '{{subnet}}의 네트워크 ACL {{acl}}: {{direction}} 규칙 {{rule}}번이 응답을 거부합니다({{traffic}}, 상대 {{address}}). 네트워크 ACL은 상태를 기억하지 않으므로 응답에도 따로 규칙이 필요합니다.',
        analogy:
          '{{subnet}} 동네의 검문소가 답장({{traffic}})을 돌려보냅니다. {{direction}} 규칙이 통과시키지 않고, 검문소는 나갔던 차를 기억하지 못합니다.',
      },
      returnDefault: {
        message:
          '{{subnet}}의 네트워크 ACL {{acl}}: 응답 포트 {{ports}} 중 {{failed}}을(를) 허용하는 {{direction}} 규칙이 없어 마지막 * 규칙이 거부합니다(상대 {{address}}).',
        analogy:
          '{{subnet}} 동네의 검문소가 답장을 돌려보냅니다. 포트 {{failed}}을(를) 허용하는 {{direction}} 규칙이 없고, 검문소는 나갔던 차를 기억하지 못합니다.',
      },
    },
    ENI_SG_RULES_MISMATCH: {
      message:
        '{{resource}}의 보안 그룹 {{securityGroups}}: {{address}} 상대로 {{traffic}}을(를) 허용하는 {{direction}} 규칙이 없습니다.',
      analogy:
        '{{resource}} 집 앞 개가 지나가게 두지 않습니다. {{address}} 상대로 {{traffic}}을(를) 허용하는 {{direction}} 규칙이 없습니다.',
    },
    SG_HAS_NO_RULES: {
      message:
        '{{resource}}의 보안 그룹 {{securityGroups}}에 {{direction}} 규칙이 하나도 없어 아무것도 허용되지 않습니다.',
      analogy: '{{resource}} 집 앞 개에게 {{direction}} 규칙이 하나도 없어서 아무도 지나가지 못합니다.',
    },
    ENI_ADDRESS_RESTRICTION: {
      message: '주소가 {{at}} 리소스의 것이 아닙니다.',
      analogy: '편지에 적힌 주소가 {{at}} 집의 주소와 맞지 않습니다.',
      endpoint: {
        message: '{{endpoint}}: AWS가 예약한 주소라 어떤 네트워크 인터페이스도 가질 수 없습니다.',
        analogy: '{{endpoint}} 번지는 동네가 마을 시설용으로 남겨 둔 번호라서 그곳에는 집이 없습니다.',
      },
      wrongSubnet: {
        message: '패킷이 {{subnet}}에 도착했지만 목적지는 {{expected}}에 있습니다.',
        analogy: '차는 {{subnet}} 동네에 도착했지만, 찾는 집은 {{expected}} 동네에 있습니다.',
      },
    },
    ENI_SOURCE_DEST_CHECK_RESTRICTION: {
      message:
        '라우팅 테이블 {{table}}이(가) {{address}} 트래픽을 목적지가 아닌 인스턴스 {{target}} 쪽으로 보냅니다. 인스턴스는 소스/대상 확인을 끈 경우에만 트래픽을 전달합니다(VPC Town에서는 모델링하지 않음).',
      analogy:
        '표지판 {{table}}이(가) {{address}}행 차를 목적지가 아닌 {{target}} 집으로 보냅니다. 집은 차를 다른 곳으로 넘겨주지 않습니다.',
    },
    IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS: {
      message:
        '인터넷 게이트웨이 {{igw}}에서는 공인 IPv4 주소에서 나가는 트래픽만 인터넷으로 내보냅니다. 출발지 {{sender}}({{source}})에는 공인 주소가 없습니다.',
      analogy: '{{igw}} 톨게이트는 공인 반송 주소가 있는 차만 내보내는데, {{sender}}에는 사설 주소만 있습니다.',
    },
    IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS: {
      message:
        '{{destination}}에 공인 IPv4 주소가 없어, 인터넷 게이트웨이 {{igw}}에서 인터넷 트래픽을 전달할 수 없습니다.',
      analogy:
        '{{destination}} 집에는 공인 주소가 없어서, {{igw}} 톨게이트가 고속도로에서 온 차에게 갈 곳을 알려 줄 수 없습니다.',
    },
    IGW_DESTINATION_ADDRESS_IN_VPC_CIDRS: {
      message:
        '인터넷 게이트웨이 {{igw}}: 목적지 {{address}} 주소가 VPC {{vpc}}의 블록 안에 있습니다. 인터넷 게이트웨이는 자기 VPC 안으로 되돌려 보내지 않습니다.',
      analogy:
        '차가 {{address}} 번지로 가려고 {{igw}} 톨게이트까지 왔지만, 그곳은 {{vpc}} 마을 안의 주소입니다. 톨게이트는 차를 다시 마을 안으로 보내지 않습니다.',
    },
    IGW_DESTINATION_ADDRESS_NOT_IN_RFC1918_EGRESS: {
      message:
        '인터넷 게이트웨이 {{igw}}: 목적지 {{address}} 주소는 사설(RFC 1918) 주소라 인터넷에서 라우팅되지 않습니다.',
      analogy:
        '{{igw}} 톨게이트는 차를 {{address}} 번지로 보낼 수 없습니다. 사설 주소라서 그곳으로 가는 고속도로가 없습니다.',
    },
    IGW_SOURCE_ADDRESS_NOT_IN_RFC1918_INGRESS: {
      message:
        '인터넷 게이트웨이 {{igw}}: 출발지 {{source}} 주소는 사설(RFC 1918) 주소라 인터넷에서 들어올 수 없습니다.',
      analogy: '사설 반송 주소 {{source}}을(를) 단 차는 고속도로에서 올 수 없으므로 {{igw}} 톨게이트가 돌려보냅니다.',
    },
    PCX_REQUIRES_ADDRESS_IN_VPC_CIDR: {
      message:
        '피어링 {{pcx}}에서는 {{vpc}}와(과) {{peer}}의 주소만 나릅니다. {{source}} → {{address}} 트래픽은 두 VPC 사이의 것이 아닙니다(전이 라우팅, 엣지 간 라우팅 불가).',
      analogy:
        '{{pcx}} 전용 도로는 {{vpc}} 마을과 {{peer}} 마을만 잇습니다. {{source}}에서 출발한 {{address}}행 차는 그 마을을 지나 더 갈 수 없습니다.',
    },
    NGW_REQUIRES_SOURCE_IN_VPC: {
      message:
        'NAT 게이트웨이 {{nat}}에서는 자기 VPC {{vpc}}의 트래픽만 변환합니다. 출발지 {{source}} 주소는 그 밖에 있습니다.',
      analogy: '{{nat}} 우체국은 {{vpc}} 마을 집의 편지만 받는데, {{source}} 번지는 그 마을의 집이 아닙니다.',
    },
    VPC_LOCAL_ROUTE_CIDR_RESTRICTION: {
      message: '{{at}}에서 로컬 경로로 패킷을 전달할 수 없습니다.',
      analogy: '{{at}}의 “마을 안” 표지가 아무 데도 이어지지 않습니다.',
      notInSubnet: {
        message: '{{address}} 주소는 VPC {{vpc}} 안에 있지만 어느 서브넷에도 속하지 않습니다.',
        analogy: '{{address}} 번지는 {{vpc}} 마을의 주소이지만 어느 동네에도 없어서, 차가 찾아갈 집이 없습니다.',
      },
      notVpcBlock: {
        message:
          '라우팅 테이블 {{table}}: 로컬 경로 {{destination}}이(가) VPC의 블록이 아니어서 {{address}} 쪽으로 전달할 수 없습니다.',
        analogy:
          '{{table}} 표지판의 “마을 안” 표지가 마을 주소가 아닌 {{destination}} 범위를 가리켜서, {{address}}행 차가 집을 찾지 못합니다.',
      },
    },
    HIGHER_PRIORITY_ROUTE: {
      message:
        '라우팅 테이블 {{table}}: {{destination}} → {{target}} 경로가 {{address}}에 맞지만 블랙홀이며, 같은 길이의 다른 경로보다 우선합니다.',
      analogy:
        '{{table}} 표지판에 {{address}}에 똑같이 맞는 표지가 둘 있는데, 먼저 나오는 {{target}} 쪽 표지가 아무 데도 이어지지 않아 제대로 된 표지는 쓰이지 않습니다.',
    },
    MORE_SPECIFIC_ROUTE: {
      message:
        '라우팅 테이블 {{table}}: {{destination}} → {{target}} 경로가 {{address}}에 맞지만 블랙홀이며, 더 넓은 다른 경로보다 구체적이라 우선합니다.',
      analogy:
        '{{table}} 표지판에서 {{address}}에 가장 정확히 맞는 표지가 {{target}} 쪽을 가리키지만 아무 데도 이어지지 않아, 더 넓은 표지는 쓰이지 않습니다.',
    },
    ELBV2_LISTENER_PORT_RESTRICTION: {
      message: '로드 밸런서 {{at}}에서는 {{listeners}} 포트로만 수신하며, {{port}}번 포트는 받지 않습니다.',
      analogy: '{{at}} 안내 데스크는 {{listeners}}번 창구만 엽니다. {{port}}번 창구에는 아무도 없습니다.',
    },
    TARGET_PORT_RESTRICTION: {
      message: '데이터베이스 {{at}}에서는 tcp {{dbPort}}번 포트로만 연결을 받으며, {{port}}번 포트는 받지 않습니다.',
      analogy: '{{at}} 기록 보관소는 {{dbPort}}번 문만 엽니다. {{port}}번 문에는 아무도 없습니다.',
    },
    NO_SOURCE_OR_DESTINATION: {
      message: '분석할 수 없습니다: 출발지 또는 목적지 {{at}}을(를) 쓸 수 없습니다.',
      analogy: '출발하거나 찾아갈 {{at}} 집이 없습니다.',
      endpoint: {
        message:
          '분석할 수 없습니다: {{endpoint}}은(는) 쓸 수 있는 출발지나 목적지(인스턴스, 로드 밸런서, 데이터베이스, NAT 게이트웨이, “internet”, 서브넷 안의 주소)가 아닙니다.',
        analogy: '출발하거나 찾아갈 {{endpoint}} 집이 없습니다.',
      },
    },
    DISCONNECTED_VPCS: {
      message:
        '인터넷에서는 {{address}}에 전달할 수 없습니다. VPC {{otherVpc}}의 사설 주소라서, {{vpc}}와(과) {{otherVpc}} 사이의 피어링 연결(과 그쪽으로 가는 경로)로만 닿을 수 있습니다.',
      analogy:
        '차가 고속도로에서 {{otherVpc}} 마을의 사설 주소 {{address}}을(를) 찾고 있습니다. 그곳에는 {{vpc}} 마을에서 이어진 전용 도로로만 갈 수 있는데, 가는 길에 그런 도로가 없습니다.',
    },
    NO_PATH: {
      message: '{{at}}에서 설계를 지나는 경로가 없습니다.',
      analogy: '{{at}}에서는 따라갈 길이 없습니다.',
      endpoint: {
        message: '이 설계에서 {{endpoint}}에 대한 분석이 실패했습니다.',
        analogy: '{{endpoint}}에서 지도를 읽을 수 없습니다.',
      },
      natStuck: {
        message:
          'NAT 게이트웨이 {{nat}}({{vpc}})가 {{source}}에서 온 트래픽을 넘겨줄 수 없습니다. 쓸 수 있는 서브넷에 있지 않거나, 경로가 NAT 게이트웨이 사이를 맴돕니다.',
        analogy:
          '{{vpc}} 마을의 {{nat}} 우체국이 {{source}}에서 온 편지를 부칠 수 없습니다. 제대로 된 동네에 있지 않거나, 편지가 우체국 사이를 빙빙 돕니다.',
      },
      natDestination: {
        message: 'NAT 게이트웨이 {{nat}}에서는 외부에서 먼저 시작된 연결을 받지 않습니다.',
        analogy: '{{nat}} 우체국은 자기가 보낸 편지의 답장만 전해 줄 뿐, 찾아오는 손님은 받지 않습니다.',
      },
      strandedInSubnet: {
        message: '패킷이 목적지로 가지 못하고 서브넷 {{subnet}}에서 멈췄습니다.',
        analogy: '차가 {{subnet}} 동네에 들어갔다가 나가는 길을 찾지 못했습니다.',
      },
      nothingToAnalyse: {
        message: '{{at}}: 분석할 것이 없습니다. 출발지와 목적지가 같거나, 둘 다 설계 밖에 있습니다.',
        analogy: '차가 마을을 지나가지 않습니다({{at}}).',
      },
    },
  },

  hop: {
    vpcEndpoint: {
      exits: {
        message:
          'VPC 엔드포인트 {{vpce}}를 통해 트래픽이 인터넷을 거치지 않고 AWS 서비스 {{service}}({{address}})에 도달합니다. 엔드포인트 정책은 모델링하지 않습니다.',
        analogy: '차가 전용 출입문 {{vpce}}를 지나 {{service}} 건물로 곧장 들어갑니다. 고속도로에는 오르지 않습니다.',
      },
    },
    egressOnlyIgw: {
      out: {
        message:
          '송신 전용 인터넷 게이트웨이 {{eigw}}: {{source}}에서 인터넷의 {{address}}(으)로 나갑니다. 게이트웨이가 연결을 기억하므로 응답은 돌아옵니다.',
        analogy:
          'IPv6 차가 일방통행 출구 {{eigw}}로 마을을 나갑니다. 출구가 이 차를 기억하므로 답장은 다시 들어올 수 있습니다.',
      },
    },
    loadBalancer: {
      answers: {
        message:
          '로드 밸런서 {{loadBalancer}}: 리스너 {{listener}}이(가) 트래픽에 직접 응답합니다({{action}}). 대상으로 전달되는 것은 없습니다.',
        analogy:
          '안내 데스크 {{loadBalancer}}는 {{listener}} 창구에서 방문객에게 직접 답하고({{action}}) 어느 집으로도 보내지 않습니다.',
      },
      listener: {
        message: '로드 밸런서 {{loadBalancer}}({{address}})이(가) 리스너 {{listener}}에서 트래픽을 받습니다.',
        analogy: '안내 데스크 {{loadBalancer}}가 {{listener}} 창구에서 방문객을 맞이합니다.',
      },
    },
    targetGroup: {
      forward: {
        message:
          '리스너 {{listener}}이(가) 대상 그룹 {{targetGroup}}(으)로 넘깁니다: {{subnet}}의 로드 밸런서 노드에서 {{target}}의 {{port}}번 포트로(출발지 {{source}}).',
        analogy:
          '데스크가 당번표 {{targetGroup}}을(를) 보고, {{subnet}} 동네의 창구에서 방문객을 {{target}} 집의 {{port}}번 문으로 보냅니다.',
      },
    },
    nacl: {
      blockUnknown: {
        message:
          '{{subnet}}의 네트워크 ACL {{acl}}: {{direction}} 규칙 {{rule}}의 블록이 설계에 없어, {{address}} 상대의 {{protocol}} {{port}}을(를) 이 규칙이 결정하는지 알 수 없습니다.',
        analogy:
          '동네 {{subnet}}의 검문소 규칙 {{rule}}은(는) 이곳 지도에 없는 지역을 가리켜, {{address}}에서 온 차를 막는지 알 수 없습니다.',
      },
      blockUnknownReplies: {
        message:
          '{{subnet}}의 네트워크 ACL {{acl}}: {{direction}} 규칙 {{rule}}의 블록이 설계에 없어, {{address}} 상대의 응답({{protocol}} {{failed}})이 통과하는지 알 수 없습니다.',
        analogy:
          '돌아오는 길에 동네 {{subnet}}의 검문소 규칙 {{rule}}이(가) 이곳 지도에 없는 지역을 가리켜, 응답이 지나갈 수 있는지 알 수 없습니다.',
      },
      prefixListUnknown: {
        message:
          '{{subnet}}의 네트워크 ACL {{acl}}: {{direction}} 규칙 {{rule}}이(가) 접두사 목록 {{prefixList}}의 주소와 맞는지 알 수 없습니다(목록 항목이 설계에 없음).',
        analogy:
          '동네 {{subnet}}의 검문소에 어떤 주소들에 대한 규칙이 있지만, 목록 {{prefixList}}이 적혀 있지 않아 이 차가 해당되는지 알 수 없습니다.',
      },
      noAcl: {
        message:
          '서브넷 {{subnet}}에는 설계된 네트워크 ACL이 없어 AWS 기본값이 모든 {{direction}} 트래픽을 허용합니다.',
        analogy: '{{subnet}} 동네에는 따로 검문소가 없어서, 기본 검문소가 모든 차를 통과시킵니다.',
      },
      defaultAllow: {
        message: '네트워크 ACL {{acl}}(기본)이 {{subnet}}의 모든 {{direction}} 트래픽을 허용합니다.',
        analogy: '{{subnet}} 동네의 검문소가 차를 통과시킵니다. {{direction}} 방향으로는 모두 지나가게 합니다.',
      },
      rule: {
        message:
          '{{subnet}}의 네트워크 ACL {{acl}}: {{direction}} 규칙 {{rule}}번이 {{traffic}}을(를) 허용합니다(상대 {{address}}).',
        analogy:
          '{{subnet}} 동네의 검문소가 차를 통과시킵니다. {{direction}} 규칙 {{rule}}번이 {{traffic}} 통행을 허용합니다.',
      },
      returnNoAcl: {
        message: '서브넷 {{subnet}}에는 설계된 네트워크 ACL이 없어 AWS 기본값이 응답을 허용합니다.',
        analogy: '{{subnet}} 동네에는 따로 검문소가 없어서 답장이 지나갑니다.',
      },
      returnUnported: {
        message:
          '{{subnet}}의 네트워크 ACL {{acl}}: {{direction}} 규칙 {{rule}}번이 응답을 허용합니다({{traffic}}, 상대 {{address}}).',
        analogy:
          '{{subnet}} 동네의 검문소가 답장({{traffic}})을 통과시킵니다. {{direction}} 규칙 {{rule}}번이 허용합니다.',
      },
      returnDefault: {
        message:
          '{{subnet}}의 기본 네트워크 ACL {{acl}}이(가) {{direction}} 트래픽을 모두 허용하므로 응답이 지나갑니다({{protocol}} {{ports}}, 상대 {{address}}).',
        analogy:
          '{{subnet}} 동네의 검문소는 {{direction}} 방향으로 모든 차를 통과시키므로, 포트 {{ports}}의 답장도 지나갑니다.',
      },
      return: {
        message:
          '{{subnet}}의 네트워크 ACL {{acl}}: {{direction}} 규칙 {{rule}}번이 응답을 허용합니다({{protocol}} {{matched}}, 상대 {{address}}).',
        analogy:
          '{{subnet}} 동네의 검문소가 답장을 통과시킵니다. 나갔던 차를 기억하지는 못하지만, {{direction}} 규칙 {{rule}}번이 포트 {{matched}}을(를) 허용합니다.',
      },
    },
    external: {
      exits: {
        message:
          '트래픽이 {{external}}({{awsType}})에서 설계 밖으로, {{towards}} 쪽으로 나갑니다. 그다음에 일어나는 일은 VPC Town이 모델링하지 않습니다.',
        analogy:
          '길이 {{external}}에서 마을 지도 밖으로, {{towards}} 쪽으로 이어집니다. 지도 밖은 그려져 있지 않습니다.',
      },
      unknown: {
        message:
          '트래픽이 {{external}}({{awsType}})에서 설계 밖으로 나갑니다. 그다음에 일어나는 일은 VPC Town이 모델링하지 않으므로 도착하는지 알 수 없습니다.',
        analogy:
          '길이 마을 지도 밖의 건물 {{external}}(으)로 이어집니다. 그 안은 그려져 있지 않아서 VPC Town은 짐작하지 않습니다.',
      },
    },
    securityGroup: {
      prefixListUnknown: {
        message:
          '{{resource}}의 보안 그룹 {{sg}}: {{address}} 상대의 {{traffic}}을(를) 허용할 수 있는 것은 접두사 목록 {{prefixList}}에 대한 {{direction}} 규칙뿐인데, 그 항목을 알 수 없습니다.',
        analogy:
          '{{resource}} 집 앞 개가 이름 붙은 주소 목록 {{prefixList}}을(를) 확인하지만, 목록이 적혀 있지 않아 {{address}}이(가) 그 안에 있는지 알 수 없습니다.',
      },
      allow: {
        message:
          '{{resource}}의 보안 그룹 {{sg}}: {{direction}} 규칙에서 {{address}} 상대의 {{traffic}}을(를) 허용합니다.',
        analogy:
          '{{resource}} 집 앞 개 {{sg}}이(가) 지나가게 둡니다. {{direction}} 규칙이 {{address}} 상대의 {{traffic}}을(를) 허용합니다.',
      },
    },
    routeTable: {
      prefixListUnknown: {
        message:
          '라우팅 테이블 {{table}}({{subnet}})에 항목을 알 수 없는 접두사 목록 {{prefixList}}(으)로 가는 경로가 있어, 그 경로가 다른 경로보다 {{address}}에 더 길게 일치하는지 알 수 없습니다.',
        analogy:
          '{{subnet}} 동네의 이정표 하나가 적혀 있지 않은 주소 목록 {{prefixList}}을(를) 가리켜서, {{address}}(으)로 가는 차가 어느 쪽으로 갈지 알 수 없습니다.',
      },
      prefixListTie: {
        message:
          '라우팅 테이블 {{table}}: 접두사 목록 {{prefixList}}와(과) {{other}}이(가) {{address}}에 똑같이 길게 일치하지만 대상이 다릅니다. AWS가 그중 하나를 임의로 고르므로 어느 쪽인지 알 수 없습니다.',
        analogy:
          '{{subnet}} 동네의 두 이정표(목록 {{prefixList}}, {{other}})가 {{address}}(으)로 가는 차에게 서로 다른 길을 가리키고, AWS가 그중 하나를 임의로 고릅니다.',
      },
      route: {
        message:
          '라우팅 테이블 {{table}}({{subnet}}): {{destination}} → {{target}} 경로가 {{address}}에 가장 길게 일치하는 경로입니다.',
        analogy: '{{subnet}} 동네의 갈래길에서 {{address}}에 가장 정확히 맞는 표지판이 {{target}} 쪽을 가리킵니다.',
      },
      back: {
        message:
          '라우팅 테이블 {{table}}({{subnet}}): {{destination}} → {{target}} 경로가 응답을 {{address}} 쪽으로 돌려보냅니다.',
        analogy: '{{subnet}} 동네의 갈래길에서 {{target}} 쪽 표지판이 답장을 {{address}} 집으로 돌려보냅니다.',
      },
    },
    subnet: {
      same: {
        message: '같은 서브넷 {{subnet}}: 바로 전달됩니다(서브넷 안에서는 네트워크 ACL을 검사하지 않습니다).',
        analogy: '두 집이 모두 {{subnet}} 동네에 있어서 차가 검문소를 지나지 않습니다.',
      },
    },
    peering: {
      cross: {
        message: '피어링 {{pcx}}: {{vpc}} → {{peer}}.',
        analogy: '차가 {{pcx}} 전용 도로를 타고 {{vpc}} 마을에서 {{peer}} 마을로 갑니다.',
      },
    },
    igw: {
      out6: {
        message:
          '인터넷 게이트웨이 {{igw}}: {{source}}에서 {{address}}(으)로 나갑니다(IPv6 주소는 공인 주소라 변환하지 않습니다).',
        analogy:
          '톨게이트 {{igw}}에서 IPv6 차는 이미 공인 주소인 자기 주소 {{source}}를 그대로 쓰고 고속도로로 나갑니다.',
      },
      in6: {
        message:
          '인터넷 게이트웨이 {{igw}}: {{source}}에서 {{destination}}(으)로 들어옵니다(IPv6 주소가 공인 주소입니다).',
        analogy: '고속도로의 차가 톨게이트 {{igw}}를 지나 {{destination}}의 공인 IPv6 주소로 곧장 들어옵니다.',
      },
      out: {
        message:
          '인터넷 게이트웨이 {{igw}}: 출발지 {{source}} 주소를 공인 {{publicIp}} 주소로 바꿔 인터넷으로 내보냅니다.',
        analogy:
          '{{igw}} 톨게이트에서 차가 사설 주소 {{source}}을(를) 공인 주소 {{publicIp}}(으)로 바꿔 달고 고속도로로 나갑니다.',
      },
      in: {
        message: '인터넷 게이트웨이 {{igw}}: {{destination}}의 공인 {{publicIp}} 주소를 사설 주소로 바꿉니다.',
        analogy:
          '{{igw}} 톨게이트가 {{source}}에서 온 차를 들여보내고 {{destination}} 집(공인 주소 {{publicIp}})으로 안내합니다.',
      },
    },
    nat: {
      translate: {
        message:
          'NAT 게이트웨이 {{nat}}: 출발지 {{source}} 주소를 {{translatedSource}} 주소로 바꾸고, 출발지 포트를 {{ports}} 범위로 바꿉니다.',
        analogy:
          '{{nat}} 우체국이 {{source}}에서 온 편지에 자기 반송 주소 {{translatedSource}}을(를) 적어 보내고, 답장이 오면 돌려줍니다.',
      },
    },
    internet: {
      delivered: {
        message: '인터넷의 {{address}}에 전달되었습니다.',
        analogy: '차가 고속도로 건너 {{address}}에 도착합니다.',
      },
      onTheWay: {
        message: '인터넷 구간: {{address}}.',
        analogy: '차가 고속도로 위, {{address}} 근처에 있습니다.',
      },
    },
    return: {
      done: {
        message: '응답이 {{at}}에 도착합니다.',
        analogy: '답장이 {{at}} 집까지 무사히 돌아옵니다.',
      },
    },
    endpoint: {
      start: {
        message: '{{subnet}}의 {{source}}({{address}})에서 {{destination}}(으)로.',
        analogy: '차가 {{subnet}} 동네의 {{source}}에서 {{destination}} 쪽으로 출발합니다.',
      },
      arrive: {
        message: '{{source}}에서 {{destination}}({{address}})에 도착했습니다.',
        analogy: '{{source}}에서 온 차가 {{destination}}에 도착합니다.',
      },
      noSecurityGroup: {
        message: '{{address}}: 리소스가 아닌 주소라 적용되는 보안 그룹이 없습니다.',
        analogy: '{{address}}: 집이 아니라 주소일 뿐이라서 물어볼 개가 없습니다.',
      },
    },
    tgwAttachment: {
      in: {
        message:
          '{{vpc}}의 연결 {{attachment}}(서브넷 {{subnet}})을(를) 통해 전송 게이트웨이 {{tgw}}(으)로 들어갑니다.',
        analogy: '차가 {{vpc}} 마을에서 {{subnet}} 동네의 정류장에서 타고 {{tgw}} 버스 터미널로 갑니다.',
      },
      out: {
        message:
          '전송 게이트웨이 {{tgw}}에서 연결 {{attachment}}(서브넷 {{exitSubnet}})을(를) 통해 {{vpc}}(으)로 나갑니다.',
        analogy: '{{tgw}} 터미널의 버스가 {{vpc}} 마을 {{exitSubnet}} 동네 정류장에 차를 내려 줍니다.',
      },
    },
    tgwRouteTable: {
      route: {
        message:
          '전송 게이트웨이 라우팅 테이블 {{tgwTable}}: 경로 {{destination}} → {{target}}이(가) {{address}}에 가장 잘 맞습니다.',
        analogy: '{{tgw}} 터미널의 출발 안내판 {{tgwTable}}: {{address}}(으)로 가려면 {{target}} 쪽 길로 가세요.',
      },
      back: {
        message:
          '전송 게이트웨이 라우팅 테이블 {{tgwTable}}: 경로 {{destination}} → {{target}}이(가) 응답을 {{address}}(으)로 돌려보냅니다.',
        analogy: '출발 안내판 {{tgwTable}}이(가) 답장을 {{target}} 쪽 길로 {{address}}에게 돌려보냅니다.',
      },
    },
    vpnConnection: {
      exitTgw: {
        message:
          '사이트 간 VPN {{vpn}}을(를) 통해 고객 게이트웨이 {{customerGateway}}(으)로, 온프레미스 네트워크({{address}}) 쪽으로 나갑니다.',
        analogy: '차가 전용 터널 {{vpn}}에 들어가 다른 마을의 관문 {{customerGateway}}(으)로 나옵니다.',
      },
      exitVgw: {
        message:
          '사이트 간 VPN {{vpn}}을(를) 통해 고객 게이트웨이 {{customerGateway}}(으)로, 온프레미스 네트워크({{address}}) 쪽으로 나갑니다.',
        analogy: '차가 전용 터널 {{vpn}}에 들어가 다른 마을의 관문 {{customerGateway}}(으)로 나옵니다.',
      },
      unknown: {
        message:
          '{{address}}은(는) VPN {{vpn}}(으)로 라우팅됩니다. 온프레미스 네트워크가 이를 어떻게 처리하는지는 알 수 없습니다.',
        analogy:
          '{{address}}(으)로 가는 차가 전용 터널 {{vpn}}에 들어갑니다. 다른 마을에서 무슨 일이 일어나는지는 지도에 없습니다.',
      },
      unknownVgw: {
        message:
          '{{address}}은(는) VPN {{vpn}}(으)로 라우팅됩니다. 온프레미스 네트워크가 이를 어떻게 처리하는지는 알 수 없습니다.',
        analogy:
          '{{address}}(으)로 가는 차가 전용 터널 {{vpn}}에 들어갑니다. 다른 마을에서 무슨 일이 일어나는지는 지도에 없습니다.',
      },
    },
    vpnGateway: {
      pass: {
        message: '가상 프라이빗 게이트웨이 {{vgw}}: VPN 연결 {{vpn}}에 {{address}}을(를) 담은 네트워크가 있습니다.',
        analogy: '터널 입구 {{vgw}}에서 터널 {{vpn}}이(가) {{address}} 주소가 있는 마을로 이어집니다.',
      },
    },
    generic: {
      pass: { message: '{{at}} 통과.', analogy: '차가 {{at}}을(를) 지나갑니다.' },
      info: { message: '{{at}}.', analogy: '차가 {{at}}에 있습니다.' },
      block: { message: '{{at}}에서 차단되었습니다.', analogy: '차가 {{at}}에서 멈춰 섭니다.' },
      unknown: {
        message: '{{at}}에서 일어나는 일은 알 수 없습니다.',
        analogy: '{{at}} 너머는 지도에 그려져 있지 않습니다.',
      },
    },
  },

  value: {
    direction: { inbound: '인바운드', outbound: '아웃바운드', ingress: '인바운드', egress: '아웃바운드' },
    action: { allow: '허용', deny: '거부' },
    towards: { internet: '인터넷', vpn: 'VPN', 'aws-service': 'AWS 서비스' },
    publicIp: { auto: '자동 할당', elastic: '탄력적 IP', none: '없음' },
    kind: {
      region: '리전',
      vpc: 'VPC',
      az: '가용 영역',
      subnet: '서브넷',
      igw: '인터넷 게이트웨이',
      nat: 'NAT 게이트웨이',
      routeTable: '라우팅 테이블',
      nacl: '네트워크 ACL',
      securityGroup: '보안 그룹',
      instance: '인스턴스',
      loadBalancer: '로드 밸런서',
      rds: '데이터베이스',
      peering: '피어링 연결',
    },
  },
  traffic: {
    all: '모든 트래픽',
    icmp: 'ICMP',
    ported: '{{protocol}} {{port}}',
    number: '프로토콜 {{number}}',
    numberNamed: '프로토콜 {{number}}({{name}})',
  },
};
